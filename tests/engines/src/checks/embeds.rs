//! Embeds on an article of another origin: every frame takes its content's height before the
//! reader scrolls to it, and nothing moves under the reader while they read on. Where the engine
//! counts layout shifts, the host's must stay ≤ 0.1; where it does not (Firefox, WebKit in 2026),
//! no frame may change height by more than 8 px once it has first been sized.

use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail, ensure};
use fantoccini::Client;
use serde_json::Value;

use crate::host::HostArticle;
use crate::page;
use crate::{Outcome, Suite};

/// A change of a frame's height, in CSS px, that a reader would see as a jump.
const JUMP: f64 = 8.0;

pub fn article_narrow(suite: &Suite) -> Outcome<'_> {
    Box::pin(read_article(suite, 360))
}

pub fn article_wide(suite: &Suite) -> Outcome<'_> {
    Box::pin(read_article(suite, 1000))
}

async fn read_article(suite: &Suite, width: u32) -> Result<()> {
    let client = &suite.browser.client;
    let english = suite.editions.first().context("the English edition")?;
    // The codes an editor copies: the dialog's pym.js code for three views, one of them Arabic,
    // and an AMP-style frame by @newswire/frames at the height oEmbed gives.
    let mut blocks = Vec::new();
    for path in ["/points/7", "/positions", "/ar/timeline"] {
        blocks.push(pym_code(suite, &format!("{}{path}", suite.site)).await?);
    }
    let issue = format!("/positions/{}", english.first_issue);
    blocks.push(frames_code(suite, &issue).await?);
    let host = HostArticle::serve(&suite.xtask, &format!("{}-{width}", suite.engine.name()), &blocks).await?;
    suite.browser.set_viewport(width, 800).await?;
    let outcome = measure(client, &host.url()).await;
    suite.browser.set_viewport(1280, 900).await?;
    host.close().await;
    outcome
}

async fn measure(client: &Client, url: &str) -> Result<()> {
    client.goto(url).await?;
    page::until(client, "document.querySelectorAll('iframe').length === 4", "four frames on the article").await?;
    // Sized where they are, before the reader moves: the point of the check.
    let unfit = until_fit(client).await?;
    ensure!(unfit.is_empty(), "frames not their content's height before any scrolling: {unfit:?}");
    ensure!(page::ask(client, "scrollY").await? == 0, "the article scrolled by itself");
    let below = page::ask(
        client,
        "[...document.querySelectorAll('iframe')].filter((f) => f.getBoundingClientRect().top > innerHeight).length",
    )
    .await?;
    ensure!(below.as_u64().unwrap_or(0) >= 2, "{below} frames below the fold: the check needs two");

    // Read down the page as a reader does, a few lines at a time.
    page::ask(client, "window.__host.readingFrom = performance.now()").await?;
    loop {
        let at_end =
            page::ask(client, "(() => { const before = scrollY; scrollBy(0, 240); return scrollY === before; })()")
                .await?;
        if at_end.as_bool() == Some(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(120)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let unfit = until_fit(client).await?;
    ensure!(unfit.is_empty(), "frames not their content's height after reading: {unfit:?}");

    let record = page::ask(client, "window.__host").await?;
    let finals = frame_heights(client).await?;
    let mut problems = Vec::new();
    // Frames the reader scrolled to (those in view at once are sized as the page loads).
    let reading = record["readingFrom"].as_f64().unwrap_or(0.0);
    let scrolled_to =
        record["reached"].as_array().into_iter().flatten().filter(|r| r["time"].as_f64() >= Some(reading));
    ensure!(scrolled_to.clone().count() >= 2, "fewer than two frames reached by scrolling: {}", record["reached"]);
    for reached in scrolled_to {
        let (frame, height) = (reached["frame"].as_str().unwrap_or("?"), reached["height"].as_f64().unwrap_or(0.0));
        let index = frame.split(' ').next().and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
        if let Some((element, _)) = finals.get(index.wrapping_sub(1))
            && (element - height).abs() > JUMP
        {
            problems.push(format!("{frame} was {height} px when reached, {element} px in the end"));
        }
    }
    // Each frame's changes after its first sizing: none may be a jump.
    let mut sized = std::collections::HashSet::new();
    for change in record["changes"].as_array().into_iter().flatten() {
        let frame = change["frame"].as_str().unwrap_or("?").to_owned();
        let Some(from) = change["from"].as_f64() else { continue };
        let to = change["to"].as_f64().unwrap_or(0.0);
        if !sized.insert(frame.clone()) && (to - from).abs() > JUMP {
            problems.push(format!("{frame} changed from {from} to {to} px after it was first sized"));
        }
    }
    if record["counted"] == Value::Bool(true) {
        let shift: f64 = record["shifts"].as_array().into_iter().flatten().filter_map(|s| s["value"].as_f64()).sum();
        if shift > 0.1 {
            problems.push(format!("the host's layout shifted by {shift:.3}"));
        }
    }
    if !problems.is_empty() {
        bail!("{}", problems.join("; "));
    }
    Ok(())
}

/// Waits (20 s at most) until every frame is its content's height; returns those that are not.
async fn until_fit(client: &Client) -> Result<Vec<String>> {
    let started = Instant::now();
    loop {
        let heights = frame_heights(client).await?;
        let unfit: Vec<String> = heights
            .iter()
            .enumerate()
            .filter(|(_, (element, content))| (element - content.ceil()).abs() > 1.0)
            .map(|(i, (element, content))| format!("frame {}: {element} px for {content} px", i + 1))
            .collect();
        if unfit.is_empty() || started.elapsed() > Duration::from_secs(20) {
            return Ok(unfit);
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Each frame's element height on the host, and its document's height inside.
async fn frame_heights(client: &Client) -> Result<Vec<(f64, f64)>> {
    let elements =
        page::ask(client, "[...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height)")
            .await?;
    let elements: Vec<f64> = serde_json::from_value(elements)?;
    let mut heights = Vec::new();
    for (i, element) in elements.into_iter().enumerate() {
        client.clone().enter_frame(i as u16).await?;
        let content = page::ask(client, "document.documentElement.getBoundingClientRect().height").await;
        client.clone().enter_parent_frame().await?;
        heights.push((element, content?.as_f64().unwrap_or(0.0)));
    }
    Ok(heights)
}

/// The pym.js code the Embed dialog of the page at `url` hands out.
async fn pym_code(suite: &Suite, url: &str) -> Result<String> {
    let client = &suite.browser.client;
    page::open(client, url).await?;
    page::ask(client, "document.querySelector('button[aria-haspopup=dialog]').click()").await?;
    page::until(
        client,
        "(document.querySelector('#embed-pym')?.value ?? '').includes('pym.Parent')",
        "the dialog's pym.js code",
    )
    .await?;
    page::ask_text(client, "document.querySelector('#embed-pym').value").await
}

/// A @newswire/frames container for the view at `path`, at the height its oEmbed gives.
async fn frames_code(suite: &Suite, path: &str) -> Result<String> {
    let client = &suite.browser.client;
    let key = path.trim_matches('/').replace('/', "-");
    page::open(client, &format!("{}{path}", suite.site)).await?;
    let script = format!(
        "const done = arguments[arguments.length - 1]; fetch('/oembed/{key}.json').then((r) => r.json()).then((o) => done(o.height), (e) => done(String(e)));"
    );
    let height = client.execute_async(&script, vec![]).await?;
    let height = height.as_u64().with_context(|| format!("no oEmbed height for {path}: {height}"))?;
    Ok(format!(
        "<div data-frame-src=\"{}/embed{path}\" data-frame-attribute-title=\"Embed of {path}\" data-frame-attribute-height=\"{height}\"></div>",
        suite.site
    ))
}
