//! Offline: after one visit to each edition, both read with the server gone, each from its own
//! service worker; and the single file of each edition opens from disk.

use anyhow::{Context as _, ensure};

use crate::page;
use crate::site::Server;
use crate::{Outcome, Suite};

/// Resolves once a service worker controls the page: the first page a reader loads came from
/// the network, later ones from the worker.
const UNTIL_CONTROLLED: &str = r#"
const done = arguments[arguments.length - 1];
navigator.serviceWorker.ready
  .then((registration) =>
    navigator.serviceWorker.controller
      ? registration.scope
      : new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(registration.scope))),
  )
  .then(done, (error) => done(`error: ${error}`));
"#;

pub fn after_one_visit(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        // A server of its own, a new origin: no worker yet, and one this check may stop.
        let server = Server::start(&suite.xtask, &suite.dist).await?;
        let outcome = async {
            for edition in &suite.editions {
                page::open(client, &format!("{}{}/", server.url, edition.prefix)).await?;
                let scope = client.execute_async(UNTIL_CONTROLLED, vec![]).await?;
                let scope = scope.as_str().unwrap_or_default();
                ensure!(
                    scope == format!("{}{}/", server.url, edition.prefix),
                    "{}: the worker's scope is {scope:?}",
                    edition.lang
                );
            }
            Ok(())
        }
        .await;
        let url = server.url.clone();
        server.stop().await;
        outcome?;
        for edition in &suite.editions {
            page::open(client, &format!("{url}{}/points/13", edition.prefix)).await?;
            let heading = page::ask_text(client, "document.querySelector('h1')?.textContent ?? ''").await?;
            ensure!(heading.contains(edition.title(13)), "{} offline: point 13 reads {heading:?}", edition.lang);
            page::open(client, &format!("{url}{}/timeline", edition.prefix)).await?;
            let lang = page::ask_text(client, "document.documentElement.lang").await?;
            ensure!(lang == edition.lang, "{} offline: the timeline is in {lang:?}", edition.lang);
        }
        Ok(())
    })
}

pub fn single_file(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            let folder = suite.dist.join(edition.prefix.trim_start_matches('/'));
            let file = folder.join("gaza-plan-offline.html").canonicalize().context("the single file")?;
            client.goto(&format!("file://{}#/points/7", file.display())).await?;
            let heading =
                format!("(document.querySelector('h1')?.textContent ?? '').includes({})", page::js(edition.title(7)));
            page::until(client, &heading, "the single file to show point 7").await?;
            let lang = page::ask_text(client, "document.documentElement.lang").await?;
            ensure!(lang == edition.lang, "{}: the single file is in {lang:?}", edition.lang);
            // The app runs: the keys walk on, in the hash.
            page::press(client, edition.onward()).await?;
            let title =
                format!("(document.querySelector('h1')?.textContent ?? '').includes({})", page::js(edition.title(8)));
            page::until(client, &title, "the key that reads on to point 8").await?;
        }
        Ok(())
    })
}
