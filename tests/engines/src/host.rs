//! A newsroom's article on another origin, embedding views as an editor does: the pym.js codes
//! the Embed dialog hands out and an AMP-style (`embed-size`) frame by @newswire/frames, among
//! paragraphs of text. The page records its frames' heights with the Chromium suite's script
//! (tests/e2e/support/host-instrument.js).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::site::Server;

/// The article's folder, served by `xtask serve-dist` on a port (an origin) of its own.
pub struct HostArticle {
    pub server: Server,
    dir: PathBuf,
}

impl HostArticle {
    /// Writes and serves an article with `blocks` (embed codes), three paragraphs before each.
    pub async fn serve(xtask: &Path, name: &str, blocks: &[String]) -> Result<HostArticle> {
        let dir = std::env::temp_dir().join(format!("engines-host-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let root = crate::site::root();
        let support = root.join("tests").join("e2e").join("support");
        std::fs::copy(support.join("host-instrument.js"), dir.join("instrument.js"))
            .context("the host's instrument script")?;
        let frames = root.join("node_modules").join("@newswire").join("frames").join("dist").join("frames.umd.js");
        std::fs::copy(&frames, dir.join("frames.umd.js")).with_context(|| format!("{}", frames.display()))?;
        std::fs::write(dir.join("index.html"), article(blocks))?;
        let server = Server::start(xtask, &dir).await?;
        Ok(HostArticle { server, dir })
    }

    pub fn url(&self) -> String {
        format!("{}/", self.server.url)
    }

    pub async fn close(self) {
        self.server.stop().await;
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn article(blocks: &[String]) -> String {
    let mut n = 0;
    let mut text = |count: usize| {
        (0..count)
            .map(|_| {
                n += 1;
                format!(
                    "<p>Host article paragraph {n}. A newsroom's own reporting runs here, around the graphics it \
                     embeds, long enough to wrap over several lines at any width, as article text does.</p>"
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let body: Vec<String> = blocks.iter().map(|block| format!("{}\n{block}", text(3))).collect();
    let end = text(3);
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Host article</title>\
         <script src=\"/instrument.js\"></script>\
         <style>body{{margin:0;font:18px/1.5 Georgia,serif}} main{{max-width:680px;margin:0 auto;padding:0 16px}}</style>\
         </head><body><main><h1>Host article headline</h1>\n{}\n{end}</main>\
         <script src=\"/frames.umd.js\"></script><script>newswireFrames.autoInitFrames();</script></body></html>",
        body.join("\n")
    )
}
