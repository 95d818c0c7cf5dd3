//! Compiled patterns shared by the rayon workers. A `regex::Regex` keeps a pool of search
//! caches that serves the first thread to use it quickly and every other thread through a
//! slower shared path; with two workers that slow path cost ~5% of extraction. `PerThread`
//! compiles a pattern once and hands each thread its own clone (same program, own cache).

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
