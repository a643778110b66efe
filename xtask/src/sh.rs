//! Running commands with readable failures.

use anyhow::{Context as _, anyhow, bail};
use std::ffi::{OsStr, OsString};
use std::process::{Command, Stdio};

use crate::Result;

pub struct Cmd {
    command: Command,
    quiet: bool,
}

impl Cmd {
    pub fn new(program: impl AsRef<OsStr>) -> Self {
        let mut command = Command::new(program);
        command.current_dir(crate::root());
        Cmd { command, quiet: false }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.command.arg(arg);
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> Self {
        self.command.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Self {
        self.command.env(key, value);
        self
    }

    /// Puts the npm tools (wasm-opt from binaryen) before the rest of PATH, for Trunk.
    pub fn with_tools_path(self) -> Self {
        let bin = crate::root().join("node_modules").join(".bin");
        let mut path = OsString::from(bin);
        if let Some(rest) = std::env::var_os("PATH") {
            path.push(":");
            path.push(rest);
        }
        self.env("PATH", path)
    }

    /// For a release build of the wasm: the paths of this machine's crates (panic locations)
    /// become `crates/…`, so the shipped file says nothing of who built it, and a build on
    /// another machine differs in one thing fewer (a changed wasm renames the service worker's
    /// cache, and every reader is asked to reload).
    pub fn with_portable_paths(self) -> Self {
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(std::path::PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".cargo")));
        let Some(registry) = cargo_home.map(|home| home.join("registry").join("src")) else {
            return self;
        };
        let flag = format!("--remap-path-prefix={}=crates", registry.display());
        self.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", flag)
    }

    /// Shows the command's output only if it fails.
    pub fn quiet_unless_failed(mut self) -> Self {
        self.quiet = true;
        self
    }

    fn describe(&self) -> String {
        let mut text = self.command.get_program().to_string_lossy().into_owned();
        for arg in self.command.get_args() {
            text.push(' ');
            text.push_str(&arg.to_string_lossy());
        }
        text
    }

    pub fn run(mut self) -> Result {
        let described = self.describe();
        if self.quiet {
            let output = self.command.output().with_context(|| format!("cannot run `{described}`"))?;
            if output.status.success() {
                return Ok(());
            }
            eprintln!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
            bail!("`{described}` failed ({})", output.status);
        }
        let status = self.command.status().with_context(|| format!("cannot run `{described}`"))?;
        if status.success() { Ok(()) } else { Err(anyhow!("`{described}` failed ({status})")) }
    }

    /// Standard output; on failure, an error that shows its standard error.
    pub fn output(mut self) -> Result<String> {
        let described = self.describe();
        let output = self.command.output().with_context(|| format!("cannot run `{described}`"))?;
        if !output.status.success() {
            eprintln!("{}", String::from_utf8_lossy(&output.stderr));
            bail!("`{described}` failed ({})", output.status);
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Standard output, or `None` if the program is missing or fails: for probing tools.
    pub fn probe(mut self) -> Option<String> {
        let output = self.command.stderr(Stdio::null()).output().ok()?;
        output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }
}
