//! Where deploy, diff and destroy print: a terminal (colour, live progress bars), plain
//! stdout (pipes, CI logs, PR pastes: no escape codes), or a buffer (tests).

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Text colours used in output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// Additions, success.
    Green,
    /// Removals, failures.
    Red,
    /// Modifications, warnings.
    Yellow,
    /// Headings.
    Bold,
}

#[derive(Debug)]
enum Sink {
    Stdout,
    Capture(Arc<Mutex<String>>),
}

#[derive(Debug)]
struct Inner {
    sink: Sink,
    colour: bool,
    multi: Option<MultiProgress>,
}

/// The output channel, cheap to clone and shared by concurrent stack operations.
#[derive(Debug, Clone)]
pub struct Ui {
    inner: Arc<Inner>,
}

/// What a capturing [`Ui`] printed.
#[derive(Debug, Clone)]
pub struct Captured(Arc<Mutex<String>>);

impl Captured {
    /// Everything printed so far.
    #[must_use]
    pub fn text(&self) -> String {
        self.0.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl Ui {
    /// Colour and live progress when stdout is a terminal, plain lines otherwise.
    #[must_use]
    pub fn detect() -> Ui {
        let tty = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Ui {
            inner: Arc::new(Inner {
                sink: Sink::Stdout,
                colour: tty,
                multi: tty.then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stdout())),
            }),
        }
    }

    /// Plain lines on stdout, no colour, no progress bars.
    #[must_use]
    pub fn plain() -> Ui {
        Ui {
            inner: Arc::new(Inner {
                sink: Sink::Stdout,
                colour: false,
                multi: None,
            }),
        }
    }

    /// Plain lines into a buffer.
    #[must_use]
    pub fn capture() -> (Ui, Captured) {
        let buf = Arc::new(Mutex::new(String::new()));
        let ui = Ui {
            inner: Arc::new(Inner {
                sink: Sink::Capture(buf.clone()),
                colour: false,
                multi: None,
            }),
        };
        (ui, Captured(buf))
    }

    /// Whether colour codes are written.
    #[must_use]
    pub fn colour(&self) -> bool {
        self.inner.colour
    }

    /// Prints one line (or several, when `text` holds newlines).
    pub fn line(&self, text: impl AsRef<str>) {
        let text = text.as_ref();
        match (&self.inner.sink, &self.inner.multi) {
            (Sink::Capture(buf), _) => {
                if let Ok(mut b) = buf.lock() {
                    b.push_str(text);
                    b.push('\n');
                }
            }
            (Sink::Stdout, Some(multi)) if !multi.is_hidden() => {
                let _ = multi.println(text);
            }
            (Sink::Stdout, _) => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{text}");
            }
        }
    }

    /// `text` in `colour` when colour is on, else unchanged.
    #[must_use]
    pub fn paint(&self, text: &str, colour: Colour) -> String {
        paint(text, colour, self.inner.colour)
    }

    /// A live progress line for one stack (a no-op without a terminal).
    #[must_use]
    pub fn progress(&self, stack: &str) -> Progress {
        let bar = self.inner.multi.as_ref().map(|multi| {
            let bar = multi.add(ProgressBar::new_spinner());
            let style =
                ProgressStyle::with_template("{spinner} {prefix:.bold} {wide_msg} [{elapsed}]")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar.set_prefix(stack.to_owned());
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Progress { bar }
    }
}

/// Wraps `text` in ANSI colour codes when `on`.
#[must_use]
pub fn paint(text: &str, colour: Colour, on: bool) -> String {
    if !on {
        return text.to_owned();
    }
    let code = match colour {
        Colour::Green => "32",
        Colour::Red => "31",
        Colour::Yellow => "33",
        Colour::Bold => "1",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// One stack's live progress line.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Replaces the message.
    pub fn set(&self, msg: impl Into<String>) {
        if let Some(bar) = &self.bar {
            bar.set_message(msg.into());
        }
    }

    /// Removes the line (the caller prints the outcome as a normal line).
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
