//! Every view of both editions, and their embeds, loads in the engine with no console error and
//! no failed request, in its edition's language and direction, and reads what the build wrote:
//! the text a reader sees once the page's script has run is the prerendered text.

use anyhow::bail;
use serde_json::Value;

use crate::page;
use crate::{Outcome, Suite};

/// Runs in the page: its text now and as served (scripts, templates and styles aside: they are
/// not read), its language, direction and heading, and what failed to load.
const READ: &str = r#"
const done = arguments[arguments.length - 1];
const read = (root) => {
  const copy = root.cloneNode(true);
  copy.querySelectorAll('script, noscript, template, style').forEach((el) => el.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
};
fetch(location.href)
  .then((response) => response.text())
  .then((html) => {
    const served = new DOMParser().parseFromString(html, 'text/html');
    const root = document.documentElement;
    done({
      live: read(document.body),
      served: read(served.body),
      lang: root.lang,
      dir: root.dir || 'ltr',
      heading: document.querySelector('h1')?.textContent.trim() ?? '',
      failed: performance.getEntriesByType('resource').filter((e) => e.responseStatus >= 400).map((e) => `${e.responseStatus} ${e.name}`),
      broken: [...document.images].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
    });
  })
  .catch((error) => done({ error: String(error) }));
"#;

pub fn every_view(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        let mut problems = Vec::new();
        for edition in &suite.editions {
            let views = edition.views.iter().map(|view| format!("{}{view}", edition.prefix));
            let embeds = ["/points/7", "/positions", "/status", "/timeline"]
                .map(|view| format!("{}/embed{view}", edition.prefix));
            for path in views.chain(embeds) {
                page::open(client, &format!("{}{path}", suite.site)).await?;
                let read = client.execute_async(READ, vec![]).await?;
                problems.extend(problems_of(&path, edition.lang, edition.dir, &read));
                problems
                    .extend(suite.browser.console_errors().into_iter().map(|line| format!("{path}: console: {line}")));
            }
        }
        if !problems.is_empty() {
            bail!("{} problem(s):\n  {}", problems.len(), problems.join("\n  "));
        }
        Ok(())
    })
}

fn problems_of(path: &str, lang: &str, dir: &str, read: &Value) -> Vec<String> {
    let text = |field: &str| read[field].as_str().unwrap_or_default();
    let mut problems = Vec::new();
    if let Some(error) = read.get("error") {
        return vec![format!("{path}: could not read the page: {error}")];
    }
    if text("lang") != lang || text("dir") != dir {
        problems.push(format!("{path}: lang={:?} dir={:?}, not {lang} {dir}", text("lang"), text("dir")));
    }
    if text("heading").is_empty() {
        problems.push(format!("{path}: no heading"));
    }
    if text("live") != text("served") {
        problems.push(format!(
            "{path}: reads differently from the build: {}",
            first_difference(text("live"), text("served"))
        ));
    }
    for field in ["failed", "broken"] {
        for item in read[field].as_array().into_iter().flatten() {
            problems.push(format!("{path}: {field}: {item}"));
        }
    }
    problems
}

/// Where two texts part, with a little of each from there.
fn first_difference(live: &str, served: &str) -> String {
    let at = live.chars().zip(served.chars()).take_while(|(a, b)| a == b).count();
    let from = at.saturating_sub(30);
    let part = |text: &str| text.chars().skip(from).take(90).collect::<String>();
    format!("live …{:?}… / built …{:?}…", part(live), part(served))
}

/// The suite hears what goes wrong in a page: an error a page throws and a request that fails
/// must reach it, and in Firefox an error logged to the console too, or "no error" would prove
/// nothing.
pub fn errors_heard(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        page::open(client, &format!("{}/", suite.site)).await?;
        // An error event as the page's own code would raise it (a WebDriver script runs apart
        // from the page in Firefox, so one it throws is not the page's).
        let raise = "dispatchEvent(new ErrorEvent('error', { message: 'engines: thrown on purpose' })); \
                     console.error('engines: logged on purpose');";
        client.execute(raise, vec![]).await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let thrown = page::thrown(client).await;
        if !thrown.iter().any(|e| e.contains("thrown on purpose")) {
            bail!("an error thrown on purpose never reached the suite; it read {thrown:?}");
        }
        // A request that fails: the server says so, whatever the engine reports.
        let missing = "const done = arguments[arguments.length - 1]; fetch('/engines-missing-on-purpose').then(() => done(), () => done());";
        client.execute_async(missing, vec![]).await?;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let misses = suite.server.misses();
        if misses != ["/engines-missing-on-purpose"] {
            bail!("a request that failed on purpose was not heard as the only one; the server said {misses:?}");
        }
        if suite.engine == crate::driver::Engine::WebKit {
            // WebKitGTK's WebDriver gives no console, nor does MiniBrowser print it when driven
            // (README, "Every engine"): thrown errors and the page's own checks stand in.
            return Ok(());
        }
        let started = std::time::Instant::now();
        loop {
            let errors = suite.browser.console_errors();
            if errors.iter().any(|line| line.contains("logged on purpose")) {
                return Ok(());
            }
            if started.elapsed() > std::time::Duration::from_secs(10) {
                bail!("an error logged on purpose never reached the suite; it read: {errors:?}");
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_page_that_reads_otherwise_than_built_is_a_problem() {
        let same = json!({ "live": "a b", "served": "a b", "lang": "ar", "dir": "rtl", "heading": "h", "failed": [], "broken": [] });
        assert!(problems_of("/ar/", "ar", "rtl", &same).is_empty());
        let other = json!({ "live": "a c", "served": "a b", "lang": "ar", "dir": "rtl", "heading": "h", "failed": ["404 x"], "broken": [] });
        let found = problems_of("/ar/", "ar", "rtl", &other);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(problems_of("/", "en", "ltr", &same).len(), 1, "Arabic where English is wanted");
    }
}
