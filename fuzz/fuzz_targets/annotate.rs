//! Fuzz `sidenote::analyse` (and so `annotate`) with arbitrary bytes: read
//! as UTF-8, lossily as the command's `--lossy` does, so every input reaches
//! the core. The checks are those of the property tests, included by path.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    invariants::check(&text);
});
