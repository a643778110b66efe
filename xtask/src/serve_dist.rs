//! A static file server on loopback that behaves like the static hosts we deploy to:
//! files by path, `index.html` for folders, `404.html` (or the app shell) for unknown routes,
//! an optional sub-path, and the `/*` headers of the build's `_headers`.
//!
//! A thread and one request per connection (`Connection: close`): all a test browser needs, and
//! no keep-alive state to stall on (tiny_http's connection pool, tried here, left a request
//! unread now and then, and a page load hung). httparse reads the request's head.

use anyhow::{Context as _, anyhow, bail};
use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::Result;

/// The sub-path the e2e tests host a second build under.
pub const SUB_PATH: &str = "/news/gaza-plan/";

/// The most a request's head may take; a browser's is a few hundred bytes.
const MAX_HEAD: usize = 64 * 1024;

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
    /// Print `miss <path>` for every request answered 404, so that a test driving a browser
    /// through WebDriver (which may not report failed requests) sees them
    #[arg(long)]
    log_misses: bool,
}

/// A build, and how it is served.
struct Site {
    dir: PathBuf,
    /// `/` or `/sub/path/`.
    base: String,
    /// Sent with every response: the `/*` rules of the build's `_headers` file, as the static
    /// hosts that read that file would send them.
    headers: Vec<(String, String)>,
    /// Whether each 404 is printed (`--log-misses`).
    log_misses: bool,
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
        Ok(Site { dir: dir.to_path_buf(), base, headers, log_misses: false })
    }
}

pub fn run(args: &Args) -> Result {
    let site = Site { log_misses: args.log_misses, ..Site::open(&crate::root().join(&args.dir), &args.base)? };
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

fn listen(port: u16) -> Result<(TcpListener, u16)> {
    let address = format!("127.0.0.1:{port}");
    let listener = TcpListener::bind(&address).with_context(|| format!("cannot listen on {address}"))?;
    let port = listener.local_addr().with_context(|| format!("cannot tell which port {address} is"))?.port();
    Ok((listener, port))
}

/// Answers connections until the process ends, each on a thread of its own.
fn serve(listener: TcpListener, site: Site) {
    let site = Arc::new(site);
    for stream in listener.incoming().flatten() {
        let site = Arc::clone(&site);
        // A client that hangs up mid-request is not the server's problem.
        std::thread::spawn(move || drop(answer(&site, stream)));
    }
}

fn answer(site: &Site, mut stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let Some((method, target, gzip)) = read_head(&mut stream)? else {
        return stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    };
    let (status, path) = resolve(site, &target);
    let (status, body) = match fs_err::read(&path) {
        Ok(body) => (status, body),
        Err(_) => (404, b"not found".to_vec()),
    };
    let reason = if status == 200 { "OK" } else { "Not Found" };
    if status == 404 && site.log_misses {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "miss {target}").and_then(|()| out.flush());
    }
    // Compressed as static hosts compress text and wasm, so that timings on a throttled network
    // are those a reader gets.
    let compress = gzip && compressible(content_type(&path));
    let body = if compress { gzipped(&body) } else { body };
    // The size up front, never chunks, even for the wasm: as static hosts send a file.
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\nVary: Accept-Encoding\r\n",
        content_type(&path),
        body.len()
    );
    if compress {
        head.push_str("Content-Encoding: gzip\r\n");
    }
    for (name, value) in &site.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// Whether a response of this type is worth compressing (text, scripts, wasm).
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || ["javascript", "json", "wasm", "svg", "manifest"].iter().any(|kind| content_type.contains(kind))
}

fn gzipped(body: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    match encoder.write_all(body).and_then(|()| encoder.finish()) {
        Ok(compressed) => compressed,
        // Never happens writing to memory; the body as it is would still be right.
        Err(_) => body.to_vec(),
    }
}

/// The request's method, target and whether it accepts gzip, once its head has arrived; `None`
/// if it is not HTTP.
fn read_head(stream: &mut TcpStream) -> std::io::Result<Option<(String, String, bool)>> {
    let (mut head, mut chunk) = (Vec::new(), [0u8; 4096]);
    loop {
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            return Ok(None);
        }
        head.extend_from_slice(&chunk[..read]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&head) {
            Ok(httparse::Status::Complete(_)) => {
                let method = request.method.unwrap_or("GET").to_owned();
                let gzip = request.headers.iter().any(|header| {
                    header.name.eq_ignore_ascii_case("accept-encoding")
                        && String::from_utf8_lossy(header.value)
                            .split(',')
                            .any(|coding| coding.trim().starts_with("gzip"))
                });
                return Ok(Some((method, request.path.unwrap_or("/").to_owned(), gzip)));
            }
            Ok(httparse::Status::Partial) if head.len() < MAX_HEAD => {}
            _ => return Ok(None),
        }
    }
}

/// The file answering `url`, with its status: a real file or a folder's `index.html` (200);
/// for any other path under the base, the nearest `404.html` above it with 404, as Cloudflare
/// Pages does (so `/ar/…` gets the Arabic edition's; docs/deploy.md says how on other hosts),
/// or, for a build without one, the app shell with 200; else nothing (404).
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
    let nearest =
        relative.ancestors().skip(1).map(|folder| site.dir.join(folder).join("404.html")).find(|p| p.is_file());
    match nearest {
        Some(not_found) => (404, not_found),
        None => (200, site.dir.join("index.html")),
    }
}

/// The headers of the `/*` rule in a Netlify/Cloudflare `_headers` file, as `(name, value)`.
fn all_paths_headers(file: &str) -> Result<Vec<(String, String)>> {
    let mut in_rule = false;
    let mut headers = Vec::new();
    for line in file.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            in_rule = line.trim() == "/*";
        } else if in_rule && let Some((name, value)) = line.trim().split_once(':') {
            // Header values are ASCII on the wire; anything else would be sent mangled.
            if !line.is_ascii() {
                return Err(anyhow!("_headers: `{}` is not a valid header", line.trim()));
            }
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
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
        // The Atom feeds (src/prerender/feed.rs) are the build's only XML.
        Some("xml") => "application/atom+xml; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    }
}

#[cfg(test)]
mod tests;
