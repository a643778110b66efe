//! What a reader does on the pages, by keyboard, in each edition where the two differ: the arrow
//! keys, the filters and their address, the comparison, the tracker's date, search, the terms,
//! the embed dialog.

use anyhow::{Result, bail, ensure};
use serde_json::json;

use crate::page::{self, key};
use crate::{Outcome, Suite};

/// ← → walk the points in reading direction: → reads on in English, ← in Arabic.
pub fn arrow_walk(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            let back = if edition.onward() == '\u{E014}' { '\u{E012}' } else { '\u{E014}' };
            page::open(client, &suite.url(edition, "/points/7")).await?;
            for (pressed, to) in [(edition.onward(), 8), (edition.onward(), 9), (back, 8)] {
                page::press(client, pressed).await?;
                let path = format!("{}/points/{to}", edition.prefix);
                page::until(client, &format!("location.pathname === {}", page::js(&path)), &path).await?;
                page::until(client, "document.documentElement.dataset.app === 'ready'", "the point's script").await?;
                let heading = page::ask_text(client, "document.querySelector('h1').textContent").await?;
                ensure!(
                    heading.contains(edition.title(to)),
                    "{}: point {to}'s heading reads {heading:?}",
                    edition.lang
                );
            }
        }
        Ok(())
    })
}

/// The overview's filters: the keyboard sets one, the address carries it, the count and the
/// cards follow, a reload keeps it, and "show all" clears it.
pub fn filters(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            let home = suite.url(edition, "/");
            page::open(client, &home).await?;
            let all = shown_cards(client).await?;
            ensure!(all == edition.titles.len() as u64, "{}: {all} cards before any filter", edition.lang);
            page::focus(client, "select[name=topic]").await?;
            page::press(client, key::DOWN).await?;
            page::until(client, "location.search.startsWith('?topic=')", "the topic in the address").await?;
            let chosen = page::ask_text(client, "document.querySelector('select[name=topic]').value").await?;
            ensure!(!chosen.is_empty(), "{}: ↓ on the topic chose nothing", edition.lang);
            let shown = shown_cards(client).await?;
            ensure!(shown < all, "{}: the topic {chosen} hides no card", edition.lang);
            page::until_eq(client, COUNT_NUMBER, &json!(shown), "the count says what is shown").await?;
            client.refresh().await?;
            page::until(client, "document.documentElement.dataset.app === 'ready'", "the reloaded page's script")
                .await?;
            ensure!(shown_cards(client).await? == shown, "{}: a reload forgets the filter", edition.lang);
            ensure!(counted_cards(client).await? == shown, "{}: the count after a reload", edition.lang);
            page::focus(client, "button.point-filters__reset").await?;
            page::press(client, key::ENTER).await?;
            page::until(client, "location.search === ''", "the address cleared").await?;
            ensure!(shown_cards(client).await? == all, "{}: \"show all\" left cards hidden", edition.lang);
        }
        Ok(())
    })
}

/// The first number in the points' count: "7 of 20 points".
const COUNT_NUMBER: &str = "Number((document.querySelector('#point-count')?.textContent ?? '').match(/\\d+/)?.[0])";

async fn counted_cards(client: &fantoccini::Client) -> Result<u64> {
    Ok(page::ask(client, COUNT_NUMBER).await?.as_u64().unwrap_or(0))
}

async fn shown_cards(client: &fantoccini::Client) -> Result<u64> {
    Ok(page::ask(client, "[...document.querySelectorAll('.point-card')].filter((c) => c.checkVisibility()).length")
        .await?
        .as_u64()
        .unwrap_or(0))
}

/// /positions: Space on the parties' boxes leaves two, Space on "only where they disagree"; the
/// address carries both and the matrix shows as many issues as its count says.
pub fn comparison(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            page::open(client, &suite.url(edition, "/positions")).await?;
            let parties = page::ask(
                client,
                "[...document.querySelectorAll('.positions-filters input[name=party]')].map((b) => b.value)",
            )
            .await?;
            let parties: Vec<String> = serde_json::from_value(parties)?;
            ensure!(parties.len() > 2, "{}: {} parties to compare", edition.lang, parties.len());
            for party in &parties[2..] {
                page::focus(client, &format!(".positions-filters input[name=party][value={party}]")).await?;
                page::press(client, ' ').await?;
            }
            page::focus(client, ".positions-filters input[name=disagree]").await?;
            page::press(client, ' ').await?;
            let wanted = format!("?parties={}&disagree=yes", parties[..2].join(","));
            page::until(client, &format!("location.search === {}", page::js(&wanted)), &wanted).await?;
            let rows = "[...document.querySelectorAll('.matrix__table tr[data-issue]')].filter((r) => r.checkVisibility()).length";
            let count = "Number((document.querySelector('#issue-count')?.textContent ?? '').match(/\\d+/)?.[0])";
            page::until(client, &format!("{rows} === {count}"), "the matrix to show what its count says").await?;
            let heads = page::ask(client, "[...document.querySelectorAll('.matrix__table thead th[data-party]')].filter((h) => h.checkVisibility()).map((h) => h.dataset.party)").await?;
            ensure!(heads == json!(parties[..2]), "{}: the matrix's columns are {heads}", edition.lang);
        }
        Ok(())
    })
}

/// /status: Home on the date slider goes back to the first day; the count and the slider's
/// spoken value follow.
pub fn tracker_date(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            page::open(client, &suite.url(edition, "/status")).await?;
            let slider = "#status-date";
            page::until(client, &format!("!document.querySelector({})?.disabled", page::js(slider)), "the slider")
                .await?;
            let before = page::ask_text(client, "document.querySelector('#status-count').textContent").await?;
            let spoken = page::ask_text(
                client,
                &format!("document.querySelector({}).getAttribute('aria-valuetext')", page::js(slider)),
            )
            .await?;
            page::focus(client, slider).await?;
            page::press(client, key::HOME).await?;
            page::until(
                client,
                &format!("document.querySelector('#status-count').textContent !== {}", page::js(&before)),
                "the count to follow the date",
            )
            .await?;
            let now = page::ask_text(
                client,
                &format!("document.querySelector({}).getAttribute('aria-valuetext')", page::js(slider)),
            )
            .await?;
            ensure!(now != spoken && !now.is_empty(), "{}: the slider still says {now:?}", edition.lang);
        }
        Ok(())
    })
}

/// The header's search: "/" to the field, a point's title typed, ↓ to the first result, Enter
/// opens it.
pub fn search(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            page::open(client, &suite.url(edition, "/")).await?;
            page::focus(client, "body").await.ok();
            page::press(client, '/').await?;
            page::until(client, "document.activeElement?.id === 'site-search-q'", "\"/\" to reach the search field")
                .await?;
            // A word of point 13's title, long enough to find few things.
            let word = edition.title(13).split_whitespace().max_by_key(|w| w.chars().count()).unwrap_or_default();
            let word: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            page::type_text(client, &word).await?;
            page::until(
                client,
                "document.querySelectorAll('#site-search-results [role=option]').length > 0",
                "results",
            )
            .await?;
            page::press(client, key::DOWN).await?;
            let active = "document.querySelector('#site-search-q').getAttribute('aria-activedescendant')";
            page::until(client, &format!("!!{active}"), "↓ to select a result").await?;
            let before = client.current_url().await?.to_string();
            page::press(client, key::ENTER).await?;
            page::until(client, &format!("location.href !== {}", page::js(&before)), "Enter to open the result")
                .await?;
            page::until(client, "document.documentElement.dataset.app === 'ready'", "the result's page").await?;
        }
        Ok(())
    })
}

/// A marked term opens its definition in place from the keyboard; Escape closes it.
pub fn glossary(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            page::open(client, &suite.url(edition, "/timeline")).await?;
            let target =
                page::ask_text(client, "document.querySelector('button.term')?.getAttribute('popovertarget')").await?;
            if target.is_empty() {
                bail!("{}: no marked term on the timeline", edition.lang);
            }
            let open = format!("document.getElementById({}).matches(':popover-open')", page::js(&target));
            ensure!(
                page::ask(client, &open).await? == json!(false),
                "{}: a definition is open before it is asked for",
                edition.lang
            );
            page::focus(client, "button.term").await?;
            page::press(client, key::ENTER).await?;
            page::until(client, &open, "Enter to open the definition").await?;
            page::press(client, key::ESCAPE).await?;
            page::until(client, &format!("!{open}"), "Escape to close the definition").await?;
        }
        Ok(())
    })
}

/// The Embed dialog: Enter opens it with codes for this edition's embed, Escape closes it and
/// gives focus back to its button.
pub fn embed_dialog(suite: &Suite) -> Outcome<'_> {
    Box::pin(async move {
        let client = &suite.browser.client;
        for edition in &suite.editions {
            page::open(client, &suite.url(edition, "/points/7")).await?;
            let button = "button[aria-haspopup=dialog]";
            page::focus(client, button).await?;
            page::press(client, key::ENTER).await?;
            page::until(client, "document.querySelector('dialog')?.open", "Enter to open the dialog").await?;
            let embed = suite.url(edition, "/embed/points/7");
            let code = "document.querySelector('#embed-iframe')?.value ?? ''";
            page::until(client, &format!("({code}).includes({})", page::js(&embed)), "the iframe code").await?;
            page::press(client, key::ESCAPE).await?;
            page::until(client, "!document.querySelector('dialog')?.open", "Escape to close the dialog").await?;
            page::until(
                client,
                &format!("document.activeElement === document.querySelector({})", page::js(button)),
                "focus back on the button",
            )
            .await?;
        }
        Ok(())
    })
}
