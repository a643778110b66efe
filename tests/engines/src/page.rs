//! What a check does to a page: open it and wait for its script, ask it something, press a key,
//! wait for what the reader would see.

use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use fantoccini::Client;
use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
use serde_json::Value;

/// How long a reader's action may take to show.
const PATIENCE: Duration = Duration::from_secs(20);

/// Errors the pages threw, gathered as each is left (see [`open`]), until [`thrown`] takes them.
static THROWN: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Listens in the page for what it throws from now on: where the engine's WebDriver gives no
/// console (WebKitGTK's), this is how an error shows.
const TRAP: &str = "if (!window.__thrown) { window.__thrown = []; \
    addEventListener('error', (e) => __thrown.push(`${location.pathname}: ${e.message}`)); \
    addEventListener('unhandledrejection', (e) => __thrown.push(`${location.pathname}: ${e.reason}`)); }";

/// Opens `url` and waits until the page's script has started (`<html data-app="ready">`); from
/// then on the page's errors are trapped.
pub async fn open(client: &Client, url: &str) -> Result<()> {
    keep_thrown(client).await;
    client.goto(url).await?;
    until(client, "document.documentElement.dataset.app === 'ready'", &format!("{url} to start its script")).await?;
    client.execute(TRAP, vec![]).await?;
    Ok(())
}

/// Keeps what the page now open has thrown.
async fn keep_thrown(client: &Client) {
    let found = client.execute("return window.__thrown ?? [];", vec![]).await.unwrap_or_default();
    let found: Vec<String> = serde_json::from_value(found).unwrap_or_default();
    if let Ok(mut all) = THROWN.lock() {
        all.extend(found);
    }
}

/// Every error the pages opened by [`open`] threw since the last call, the open page's too.
pub async fn thrown(client: &Client) -> Vec<String> {
    keep_thrown(client).await;
    let _ = client.execute("if (window.__thrown) window.__thrown.length = 0;", vec![]).await;
    THROWN.lock().map(|mut all| std::mem::take(&mut *all)).unwrap_or_default()
}

/// The value of the JavaScript expression `expression` in the page.
pub async fn ask(client: &Client, expression: &str) -> Result<Value> {
    Ok(client.execute(&format!("return ({expression});"), vec![]).await?)
}

/// The value of `expression` as a string ("" when it is not one).
pub async fn ask_text(client: &Client, expression: &str) -> Result<String> {
    Ok(ask(client, expression).await?.as_str().unwrap_or_default().to_owned())
}

/// Waits until `condition` (JavaScript) holds; `what` says what was awaited when it never does.
pub async fn until(client: &Client, condition: &str, what: &str) -> Result<()> {
    let started = Instant::now();
    loop {
        if ask(client, &format!("!!({condition})")).await?.as_bool() == Some(true) {
            return Ok(());
        }
        if started.elapsed() > PATIENCE {
            let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            bail!("waited {} s for {what} (at {url}): `{condition}` never held", PATIENCE.as_secs());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `expression` equals `expected`, and says what it was instead when it never does.
pub async fn until_eq(client: &Client, expression: &str, expected: &Value, what: &str) -> Result<()> {
    let started = Instant::now();
    loop {
        let found = ask(client, expression).await?;
        if &found == expected {
            return Ok(());
        }
        if started.elapsed() > PATIENCE {
            bail!("{what}: `{expression}` is {found}, not {expected}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Presses and releases `key` (a WebDriver key code, or a character) where focus is.
pub async fn press(client: &Client, key: char) -> Result<()> {
    let actions =
        KeyActions::new("keyboard".to_owned()).then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    client.perform_actions(actions).await?;
    Ok(client.release_actions().await?)
}

/// Types `text` where focus is.
pub async fn type_text(client: &Client, text: &str) -> Result<()> {
    let mut actions = KeyActions::new("keyboard".to_owned());
    for c in text.chars() {
        actions = actions.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
    }
    client.perform_actions(actions).await?;
    Ok(client.release_actions().await?)
}

/// Moves focus to the element `selector` finds, as a reader's Tab would.
pub async fn focus(client: &Client, selector: &str) -> Result<()> {
    let found = ask(client, &format!("(() => {{ const el = document.querySelector({}); el?.focus(); return !!el && document.activeElement === el; }})()", js(selector))).await?;
    if found.as_bool() != Some(true) {
        bail!("cannot focus {selector}");
    }
    Ok(())
}

/// `text` as a JavaScript string literal.
pub fn js(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}

/// WebDriver's key codes.
pub mod key {
    pub const ENTER: char = '\u{E007}';
    pub const ESCAPE: char = '\u{E00C}';
    pub const HOME: char = '\u{E011}';
    pub const DOWN: char = '\u{E015}';
}
