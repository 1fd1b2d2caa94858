//! The browser views: the JavaScript API (always) and the yew page (with the
//! `app` feature). Only this module touches wasm-bindgen, web-sys and yew.

pub mod api;

#[cfg(feature = "app")]
mod annotator;
#[cfg(feature = "app")]
mod app;
#[cfg(feature = "app")]
mod article;
#[cfg(feature = "app")]
mod cast;
#[cfg(feature = "app")]
mod dom;
#[cfg(feature = "app")]
mod downloads;
#[cfg(feature = "app")]
mod model;
#[cfg(feature = "app")]
mod sources;
#[cfg(feature = "app")]
mod storage;

/// Mount the page on `<body>`.
#[cfg(feature = "app")]
pub fn start_app() {
    yew::Renderer::<app::App>::new().render();
}

/// Mount the page inside `root` (for tests and hosts that give it a place).
#[cfg(feature = "app")]
pub fn mount_app(root: web_sys::Element) {
    yew::Renderer::<app::App>::with_root(root).render();
}

/// The sample article the page opens with, written by the team.
pub const SAMPLE_ARTICLE: &str = include_str!("../../www/sample-article.txt");
