//! A static file server on loopback that behaves like the static hosts we deploy to:
//! files by path, `index.html` for folders, `404.html` (or the app shell) for unknown routes,
//! an optional sub-path, and the `/*` headers of the build's `_headers`.
//!
//! HTTP is tiny_http's (blocking, a thread per connection, no async runtime); this module only
//! maps a request's path to a file of the build.

use anyhow::{Context as _, anyhow, bail};
use std::net::TcpListener;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use tiny_http::{Header, Request, Response, Server};

use crate::Result;

/// The sub-path the e2e tests host a second build under.
pub const SUB_PATH: &str = "/news/gaza-plan/";

/// Requests answered at once: a browser opens about six connections to a site, and one slow
/// reader of a large file must not hold up the rest.
const WORKERS: usize = 4;

/// `serve-dist`'s flags.
#[derive(clap::Args)]
pub struct Args {
    /// The build to serve, relative to the repository
    #[arg(long, default_value = "dist")]
    dir: PathBuf,
    /// The port on 127.0.0.1
    #[arg(long, default_value_t = 4173)]
    port: u16,
    /// The sub-path to serve the build under
    #[arg(long, default_value = "/")]
    base: String,
}

/// A build, and how it is served.
struct Site {
    dir: PathBuf,
    /// `/` or `/sub/path/`.
    base: String,
    /// Sent with every response: the `/*` rules of the build's `_headers` file, as the static
    /// hosts that read that file would send them.
    headers: Vec<Header>,
}

impl Site {
    fn open(dir: &Path, base: &str) -> Result<Site> {
        if !dir.join("index.html").exists() {
            bail!("{} has no index.html: run `cargo xtask build` first", dir.display());
        }
        let headers = match fs_err::read_to_string(dir.join("_headers")) {
            Ok(file) => all_paths_headers(&file)?,
            // A build need not have one: hosts that do not read it send nothing extra.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        let base = format!("/{}/", base.trim_matches('/')).replace("//", "/");
        Ok(Site { dir: dir.to_path_buf(), base, headers })
    }
}

pub fn run(args: &Args) -> Result {
    let site = Site::open(&crate::root().join(&args.dir), &args.base)?;
    let (server, port) = listen(args.port)?;
    println!("serving {} at http://127.0.0.1:{port}{}", site.dir.display(), site.base);
    serve(server, site);
    Ok(())
}

/// Serves `dir` at the site root on `port` (0: any free one) from background threads, for as
/// long as xtask runs; returns the port.
pub fn spawn(dir: &Path, port: u16) -> Result<u16> {
    start(Site::open(dir, "/")?, port)
}

fn start(site: Site, port: u16) -> Result<u16> {
    let (server, port) = listen(port)?;
    std::thread::spawn(move || serve(server, site));
    Ok(port)
}

fn listen(port: u16) -> Result<(Server, u16)> {
    let address = format!("127.0.0.1:{port}");
    let listener = TcpListener::bind(&address).with_context(|| format!("cannot listen on {address}"))?;
    let port = listener.local_addr().with_context(|| format!("cannot tell which port {address} is"))?.port();
    let server = Server::from_listener(listener, None).map_err(|e| anyhow!("cannot serve on {address}: {e}"))?;
    Ok((server, port))
}

/// Answers requests until the process ends.
fn serve(server: Server, site: Site) {
    let (server, site) = (Arc::new(server), Arc::new(site));
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (server, site) = (Arc::clone(&server), Arc::clone(&site));
            std::thread::spawn(move || server.incoming_requests().for_each(|request| answer(&site, request)))
        })
        .collect();
    for worker in workers {
        // A worker ends only if the server does; there is nothing to report then.
        drop(worker.join());
    }
}

fn answer(site: &Site, request: Request) {
    let (status, path) = resolve(site, request.url());
    let (status, body) = match fs_err::read(&path) {
        Ok(body) => (status, body),
        Err(_) => (404, b"not found".to_vec()),
    };
    let mut response = Response::from_data(body)
        .with_status_code(status)
        // The size up front, never chunks, even for the wasm: as static hosts send a file.
        .with_chunked_threshold(usize::MAX);
    let fixed = [("Content-Type", content_type(&path)), ("Cache-Control", "no-cache")];
    for (name, value) in fixed {
        if let Ok(header) = Header::from_bytes(name, value) {
            response.add_header(header);
        }
    }
    for header in &site.headers {
        response.add_header(header.clone());
    }
    // A client that hangs up mid-response is not the server's problem.
    drop(request.respond(response));
}

/// The file answering `url`, with its status: a real file or a folder's `index.html` (200);
/// for any other path under the base, `404.html` with 404 as Netlify, Cloudflare Pages and
/// GitHub Pages do (or, for a build without one, the app shell with 200); else nothing (404).
fn resolve(site: &Site, url: &str) -> (u16, PathBuf) {
    let missing = (404, PathBuf::new());
    let path = url.split(['?', '#']).next().unwrap_or("/");
    // Decoded as hosts decode it, so `%2e%2e` is `..` and is refused below.
    let Ok(path) = percent_encoding::percent_decode_str(path).decode_utf8() else {
        return missing;
    };
    let Some(relative) = path.strip_prefix(&site.base).or_else(|| (path.to_string() + "/" == site.base).then_some(""))
    else {
        return missing;
    };
    let relative = Path::new(relative);
    // Only plain names: no `..`, no absolute parts.
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return missing;
    }
    let candidate = site.dir.join(relative);
    if candidate.is_file() {
        return (200, candidate);
    }
    if candidate.join("index.html").is_file() {
        return (200, candidate.join("index.html"));
    }
    if relative.extension().is_some() {
        return missing;
    }
    let not_found = site.dir.join("404.html");
    if not_found.is_file() { (404, not_found) } else { (200, site.dir.join("index.html")) }
}

/// The headers of the `/*` rule in a Netlify/Cloudflare `_headers` file.
fn all_paths_headers(file: &str) -> Result<Vec<Header>> {
    let mut in_rule = false;
    let mut headers = Vec::new();
    for line in file.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            in_rule = line.trim() == "/*";
        } else if in_rule && let Some((name, value)) = line.trim().split_once(':') {
            let header = Header::from_bytes(name.trim(), value.trim());
            headers.push(header.map_err(|()| anyhow!("_headers: `{}` is not a valid header", line.trim()))?);
        }
    }
    Ok(headers)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("png") => "image/png",
        _ => "text/plain; charset=utf-8",
    }
}

#[cfg(test)]
mod tests;
