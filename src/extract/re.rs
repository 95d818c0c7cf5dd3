//! Compiled patterns shared by the rayon workers. A `regex::Regex` keeps a pool of search
//! caches that serves the first thread to use it quickly and every other thread through a
//! slower shared path; with two workers that slow path cost ~5% of extraction. `PerThread`
//! compiles a pattern once and hands each thread its own clone (same program, own cache).
//! `Word` is a plain word searched for with SIMD, its searcher built once.

use std::ops::Deref;

pub struct PerThread<T: Send + Clone> {
    init: fn() -> T,
    shared: once_cell::sync::OnceCell<T>,
    local: thread_local::ThreadLocal<T>,
}

/// A regex per thread: `static X: Re = Re::new(|| Regex::new("…").unwrap());`
pub type Re = PerThread<regex::Regex>;

impl<T: Send + Clone> PerThread<T> {
    pub const fn new(init: fn() -> T) -> Self {
        PerThread { init, shared: once_cell::sync::OnceCell::new(), local: thread_local::ThreadLocal::new() }
    }
}

impl<T: Send + Clone> Deref for PerThread<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.local.get_or(|| self.shared.get_or_init(self.init).clone())
    }
}

/// A word looked for with memchr's SIMD search, its searcher built once (building one per
/// sentence cost more than the search): `static X: Word = Word::new("…");`.
pub struct Word {
    word: &'static str,
    finder: once_cell::sync::OnceCell<memchr::memmem::Finder<'static>>,
}

impl Word {
    pub const fn new(word: &'static str) -> Self {
        Word { word, finder: once_cell::sync::OnceCell::new() }
    }

    fn finder(&self) -> &memchr::memmem::Finder<'static> {
        self.finder.get_or_init(|| memchr::memmem::Finder::new(self.word))
    }

    /// The byte offset of the word's first occurrence in `hay`.
    pub fn find(&self, hay: &str) -> Option<usize> {
        self.finder().find(hay.as_bytes())
    }

    /// The byte offsets of the word's occurrences in `hay`, left to right.
    pub fn find_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.finder().find_iter(hay.as_bytes())
    }
}
