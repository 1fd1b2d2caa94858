//! Keeping the reader's article across reloads, in `localStorage`.
//!
//! Failures (storage disabled, quota exceeded) are returned as messages for
//! the page to show: losing what the reader pasted silently is the one thing
//! this module must never do.

const KEY: &str = "sidenote.article";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "browser storage is disabled".to_string())?
        .ok_or_else(|| "browser storage is not available".to_string())
}

/// The article saved last, if any.
pub fn load() -> Option<String> {
    storage().ok()?.get_item(KEY).ok().flatten()
}

/// Save the article; on failure, say why in words a reader understands.
pub fn save(text: &str) -> Result<(), String> {
    let store = storage()?;
    store.set_item(KEY, text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name.contains("Quota") {
            format!(
                "This article ({} KB) is too large to keep in the browser's storage; it will not survive a reload.",
                text.len() / 1024
            )
        } else {
            "The article could not be saved in the browser's storage; it will not survive a reload.".to_string()
        }
    })
}
