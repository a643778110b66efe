//! A static file server on loopback that behaves like the static hosts we deploy to:
//! files by path, `index.html` for folders, the app shell for unknown routes, optional sub-path.
//!
//! Plain std: one thread and one request per connection (`Connection: close`), which is all a
//! test browser needs and leaves no keep-alive state to stall on.

use anyhow::{Context as _, bail};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::Result;

/// The sub-path the e2e tests host a second build under.
pub const SUB_PATH: &str = "/news/gaza-plan/";

struct Options {
    dir: PathBuf,
    port: u16,
    base: String,
    /// Sent with every response: the `/*` rules of the build's `_headers` file, as the static
    /// hosts that read that file would send them.
    headers: Vec<(String, String)>,
}

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

fn parse(args: &Args) -> Options {
    let base = format!("/{}/", args.base.trim_matches('/')).replace("//", "/");
    Options { dir: crate::root().join(&args.dir), port: args.port, base, headers: Vec::new() }
}

pub fn run(args: &Args) -> Result {
    let (listener, options) = listen(parse(args))?;
    println!("serving {} at http://127.0.0.1:{}{}", options.dir.display(), options.port, options.base);
    serve(listener, options);
    Ok(())
}

/// Serves `dir` at the site root on `port` (0: any free one) from a background thread, for as
/// long as xtask runs; returns the port.
pub fn spawn(dir: &Path, port: u16) -> Result<u16> {
    let options = Options { dir: dir.to_path_buf(), port, base: "/".into(), headers: Vec::new() };
    let (listener, options) = listen(options)?;
    let port =
        listener.local_addr().with_context(|| format!("cannot tell which port serves {}", dir.display()))?.port();
    std::thread::spawn(move || serve(listener, options));
    Ok(port)
}

fn listen(mut options: Options) -> Result<(TcpListener, Options)> {
    options.headers =
        std::fs::read_to_string(options.dir.join("_headers")).map(|t| all_paths_headers(&t)).unwrap_or_default();
    if !options.dir.join("index.html").exists() {
        bail!("{} has no index.html: run `cargo xtask build` first", options.dir.display());
    }
    let address = format!("127.0.0.1:{}", options.port);
    let listener = TcpListener::bind(&address).with_context(|| format!("cannot listen on {address}"))?;
    Ok((listener, options))
}

fn serve(listener: TcpListener, options: Options) {
    let options = Arc::new(options);
    for stream in listener.incoming().flatten() {
        let options = Arc::clone(&options);
        // A client that hangs up mid-request is not the server's problem.
        std::thread::spawn(move || drop(answer(&options, stream)));
    }
}

fn answer(options: &Options, stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers up to the blank line.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, url) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let (status, path) = resolve(options, url);
    let body = match std::fs::read(&path) {
        Ok(body) => body,
        Err(_) => b"not found".to_vec(),
    };
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n",
        content_type(&path),
        body.len()
    );
    for (name, value) in &options.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = stream;
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// The file answering `url`, with its status: a real file or a folder's `index.html` (200);
/// for any other path under the base, `404.html` with 404 as Netlify, Cloudflare Pages and
/// GitHub Pages do (or, for a build without one, the app shell with 200); else nothing (404).
fn resolve(options: &Options, url: &str) -> (u16, PathBuf) {
    let missing = (404, PathBuf::new());
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let Some(relative) =
        path.strip_prefix(&options.base).or_else(|| (path.to_owned() + "/" == options.base).then_some(""))
    else {
        return missing;
    };
    let relative = Path::new(relative);
    // Only plain names: no `..`, no absolute parts.
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return missing;
    }
    let candidate = options.dir.join(relative);
    if candidate.is_file() {
        return (200, candidate);
    }
    if candidate.join("index.html").is_file() {
        return (200, candidate.join("index.html"));
    }
    if relative.extension().is_some() {
        return missing;
    }
    let not_found = options.dir.join("404.html");
    if not_found.is_file() { (404, not_found) } else { (200, options.dir.join("index.html")) }
}

/// The headers of the `/*` rule in a Netlify/Cloudflare `_headers` file.
fn all_paths_headers(file: &str) -> Vec<(String, String)> {
    let mut in_rule = false;
    let mut headers = Vec::new();
    for line in file.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            in_rule = line.trim() == "/*";
        } else if in_rule && let Some((name, value)) = line.trim().split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    headers
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
mod tests {
    use super::*;

    fn options(base: &str) -> Options {
        Options { dir: crate::root().join("xtask").join("src"), port: 0, base: base.into(), headers: Vec::new() }
    }

    #[test]
    fn routes_fall_back_to_the_app_shell_but_files_and_traversal_do_not() {
        let root = options("/");
        assert_eq!(resolve(&root, "/main.rs").0, 200);
        assert_eq!(resolve(&root, "/points/7").1, root.dir.join("index.html"), "no 404.html: the app shell");
        assert_eq!(resolve(&root, "/missing.js").0, 404);
        assert_eq!(resolve(&root, "/../Cargo.toml").0, 404);
    }

    #[test]
    fn a_sub_path_serves_only_below_itself() {
        let sub = options("/news/gaza-plan/");
        assert_eq!(resolve(&sub, "/news/gaza-plan/main.rs").0, 200);
        assert_eq!(resolve(&sub, "/news/gaza-plan").1, sub.dir.join("index.html"));
        assert_eq!(resolve(&sub, "/main.rs").0, 404);
    }

    #[test]
    fn headers_for_all_paths_are_read_from_the_headers_file() {
        let file = "# comment\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: x\n/share/*\n  Cache-Control: max-age=1\n";
        assert_eq!(
            all_paths_headers(file),
            [
                ("Content-Security-Policy".to_owned(), "default-src 'self'".to_owned()),
                ("X-Frame-Options".to_owned(), "x".to_owned())
            ]
        );
    }
}
