//! Fuzz for slowness: the input, read lossily as UTF-8, is repeated to
//! about 256 KB, as one paragraph (its line breaks made spaces) when its
//! first byte is even, as it is when odd, and annotated. A rule that looks
//! back or ahead without a bound is quadratic on such a repetition of its
//! trigger, and the per-input time limit (`-timeout`) catches it: a linear
//! core annotates 256 KB in well under a second (build with
//! `--sanitizer none`, so that the time is the core's, not the
//! sanitizer's). Crashes are `annotate`'s job; this target only times.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// The size each input is repeated to.
const REPEATED: usize = 256 * 1024;

fuzz_target!(|data: &[u8]| {
    let Some((&shape, rest)) = data.split_first() else {
        return;
    };
    let unit = String::from_utf8_lossy(rest);
    if unit.trim().is_empty() {
        return;
    }
    let unit = if shape % 2 == 0 {
        unit.replace(['\n', '\r'], " ")
    } else {
        unit.into_owned()
    };
    let mut text = String::with_capacity(REPEATED + unit.len() + 1);
    while text.len() < REPEATED {
        text.push_str(&unit);
        text.push(' ');
    }
    std::hint::black_box(sidenote::annotate(&text));
});
