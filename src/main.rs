//! The page: a yew app that annotates an article in the browser.
//!
//! On the host this binary only explains itself; the app is built for wasm32
//! by trunk (see README.md).

#[cfg(target_arch = "wasm32")]
fn main() {
    // The annotation worker loads this same module: there is no window there,
    // and nothing to mount.
    if web_sys::window().is_some() {
        sidenote::web::start_app();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sidenote-app is the browser page; build it with `trunk build` (see README.md).");
}
