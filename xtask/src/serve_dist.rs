//! A static file server on loopback that behaves like the static hosts we deploy to:
//! files by path, `index.html` for folders, the app shell for unknown routes, optional sub-path.
//!
//! Plain std: one thread and one request per connection (`Connection: close`), which is all a
//! test browser needs and leaves no keep-alive state to stall on.

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
}

fn parse(args: &[String]) -> Result<Options> {
    let mut options = Options { dir: crate::root().join("dist"), port: 4173, base: "/".into() };
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("serve-dist: `{flag}` needs a value"))?;
        match flag.as_str() {
            "--dir" => options.dir = crate::root().join(value),
            "--port" => options.port = value.parse().map_err(|_| format!("serve-dist: bad port `{value}`"))?,
            "--base" => options.base = format!("/{}/", value.trim_matches('/')).replace("//", "/"),
            _ => return Err(format!("serve-dist: unknown option `{flag}`")),
        }
    }
    Ok(options)
}

pub fn run(args: &[String]) -> Result {
    let options = parse(args)?;
    if !options.dir.join("index.html").exists() {
        return Err(format!("{} has no index.html: run `cargo xtask build` first", options.dir.display()));
    }
    let address = format!("127.0.0.1:{}", options.port);
    let listener = TcpListener::bind(&address).map_err(|e| format!("cannot listen on {address}: {e}"))?;
    println!("serving {} at http://{address}{}", options.dir.display(), options.base);
    let options = Arc::new(options);
    for stream in listener.incoming().flatten() {
        let options = Arc::clone(&options);
        // A client that hangs up mid-request is not the server's problem.
        std::thread::spawn(move || drop(answer(&options, stream)));
    }
    Ok(())
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
    let body = std::fs::read(&path).unwrap_or_default();
    let (status, body) =
        if status == 200 && !path.as_os_str().is_empty() { (200, body) } else { (404, b"not found".to_vec()) };
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        content_type(&path),
        body.len()
    );
    let mut stream = stream;
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// The file answering `url`, with its status: a real file (200), the app shell for any other
/// path under the base (200, as static hosts' single-page fallbacks do), or nothing (404).
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
    (200, options.dir.join("index.html"))
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
        Options { dir: crate::root().join("xtask").join("src"), port: 0, base: base.into() }
    }

    #[test]
    fn routes_fall_back_to_the_app_shell_but_files_and_traversal_do_not() {
        let root = options("/");
        assert_eq!(resolve(&root, "/main.rs").0, 200);
        assert_eq!(resolve(&root, "/points/7").1, root.dir.join("index.html"));
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
}
