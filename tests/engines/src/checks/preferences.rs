//! A reader's system settings: dark mode gives the dark theme, and asking for less motion stops
//! every transition, in a session started with both.

use anyhow::{Result, ensure};
use fantoccini::Client;

use crate::driver::{Browser, Prefs};
use crate::page;
use crate::{Outcome, Suite};

/// The longest transition or animation on the page, in ms (smooth scrolling counts as 1).
const LONGEST_MOTION: &str = "Math.max(0, ...[...document.querySelectorAll('*')].flatMap((el) => { \
    const s = getComputedStyle(el); \
    return [s.transitionDuration, s.animationDuration].flatMap((d) => d.split(',')) \
      .map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)) \
      .concat(s.scrollBehavior === 'smooth' ? [1] : []); }))";

/// The page's background as the reader sees it: relative luminance, 0 black to 1 white.
const BACKGROUND_LUMINANCE: &str = "(() => { \
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number).map((c) => c / 255) \
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)); \
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; })()";

pub fn dark_and_still(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let paths = ["/points/7", "/ar/positions", "/embed/points/7"];
        // As the reader has it by default: light, and brief transitions that the check can see.
        let light = &suite.browser.client;
        for path in paths {
            page::open(light, &format!("{}{path}", suite.site)).await?;
            ensure!(luminance(light).await? > 0.5, "{path}: the default theme is not light");
        }
        page::open(light, &format!("{}/points/7", suite.site)).await?;
        ensure!(
            longest_motion(light).await? > 0.0,
            "/points/7 has no transition to stop: the check would prove nothing"
        );

        let browser = Browser::launch(suite.engine, Prefs { dark: true, reduced_motion: true }, 1280, 900).await?;
        let outcome = async {
            let client = &browser.client;
            for path in paths {
                page::open(client, &format!("{}{path}", suite.site)).await?;
                ensure!(
                    page::ask(client, "matchMedia('(prefers-color-scheme: dark)').matches").await? == true,
                    "{path}: the engine did not pass on dark mode"
                );
                ensure!(luminance(client).await? < 0.1, "{path}: dark mode, but the page is not dark");
                ensure!(
                    page::ask(client, "matchMedia('(prefers-reduced-motion: reduce)').matches").await? == true,
                    "{path}: the engine did not pass on reduced motion"
                );
                let longest = longest_motion(client).await?;
                ensure!(longest == 0.0, "{path}: with reduced motion, something still moves for {longest} ms");
            }
            let errors = browser.console_errors();
            ensure!(errors.is_empty(), "the console reported errors:\n  {}", errors.join("\n  "));
            Ok(())
        }
        .await;
        browser.close().await;
        outcome
    })
}

async fn luminance(client: &Client) -> Result<f64> {
    Ok(page::ask(client, BACKGROUND_LUMINANCE).await?.as_f64().unwrap_or(-1.0))
}

async fn longest_motion(client: &Client) -> Result<f64> {
    Ok(page::ask(client, LONGEST_MOTION).await?.as_f64().unwrap_or(-1.0))
}
