//! Work on a pool of threads, results in input order: the main thread
//! hands out the inputs a batch at a time and takes the results back as
//! they come, and works on a batch itself while none it can write has come
//! back, so `threads` threads work in all; no thread waits for a slow
//! input of another, only the output does. A bounded number of batches is
//! out at once, so memory holds a few inputs per thread whatever the
//! input's size.

use std::collections::BTreeMap;
use std::sync::{mpsc, Mutex, PoisonError, TryLockError};

/// Inputs in one hand-out: enough to make the hand-over cheap against the
/// work, few enough to keep the threads evenly busy.
const BATCH: usize = 8;

/// Batches out at once (handed out, their results not yet taken), per
/// thread.
const BATCHES_PER_THREAD: usize = 4;

/// Runs `work` on each input of `inputs` on `threads` threads, this one
/// and `threads - 1` of `pool`'s (this one alone where `threads` is 1),
/// and `take` on each result on this thread, in the inputs' order; stops
/// at the first error of `take`.
pub(crate) fn map_in_order<I, O, E>(
    pool: &rayon::ThreadPool,
    threads: usize,
    inputs: impl Iterator<Item = I>,
    work: impl Fn(I) -> O + Sync,
    mut take: impl FnMut(O) -> Result<(), E>,
) -> Result<(), E>
where
    I: Send,
    O: Send,
{
    if threads <= 1 {
        // One thread: this one, with no hand-over to wait on.
        return inputs.map(work).try_for_each(take);
    }
    let window = threads * BATCHES_PER_THREAD;
    let (jobs, handed_out) = mpsc::sync_channel::<(usize, Vec<I>)>(window);
    let handed_out = Mutex::new(handed_out);
    let (results, done) = mpsc::channel::<(usize, Vec<O>)>();
    let work = &work;
    pool.in_place_scope(|scope| {
        for _ in 1..threads {
            let (handed_out, results) = (&handed_out, results.clone());
            scope.spawn(move |_| {
                // Until nothing more is handed out, or the results are no
                // longer taken (after an error of `take`).
                while let Ok((at, batch)) = next_batch(handed_out) {
                    let outputs = batch.into_iter().map(work).collect();
                    if results.send((at, outputs)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(results);
        let mut inputs = inputs.fuse();
        let mut jobs = Some(jobs);
        let (mut handed, mut next) = (0, 0);
        let mut waiting = BTreeMap::new();
        loop {
            while handed - next < window {
                let Some(sender) = &jobs else { break };
                let batch: Vec<I> = inputs.by_ref().take(BATCH).collect();
                if batch.is_empty() || sender.send((handed, batch)).is_err() {
                    // Every input handed out: the threads end when they
                    // find none left.
                    jobs = None;
                } else {
                    handed += 1;
                }
            }
            if next == handed {
                return Ok(());
            }
            while let Ok((at, outputs)) = done.try_recv() {
                waiting.insert(at, outputs);
            }
            if !waiting.contains_key(&next) {
                // Nothing to write yet: work on a batch still handed out
                // rather than wait, else wait for the pool's.
                match try_next_batch(&handed_out) {
                    Some((at, batch)) => {
                        waiting.insert(at, batch.into_iter().map(work).collect());
                    }
                    None => {
                        let Ok((at, outputs)) = done.recv() else {
                            return Ok(());
                        };
                        waiting.insert(at, outputs);
                    }
                }
            }
            while let Some(outputs) = waiting.remove(&next) {
                next += 1;
                for output in outputs {
                    take(output)?;
                }
            }
        }
    })
}

/// The next batch handed out, if one is waiting to be taken. A pool
/// thread that holds the lock is waiting for one itself: none is there.
/// (Waiting on that lock would wait on that thread, which waits for a
/// batch only this thread can hand out.)
fn try_next_batch<I>(
    handed_out: &Mutex<mpsc::Receiver<(usize, Vec<I>)>>,
) -> Option<(usize, Vec<I>)> {
    let handed_out = match handed_out.try_lock() {
        Ok(handed_out) => handed_out,
        Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
        Err(TryLockError::WouldBlock) => return None,
    };
    handed_out.try_recv().ok()
}

/// The next batch handed out.
fn next_batch<I>(
    handed_out: &Mutex<mpsc::Receiver<(usize, Vec<I>)>>,
) -> Result<(usize, Vec<I>), mpsc::RecvError> {
    // A poisoned lock is a thread that panicked holding it; the receiver
    // is whole all the same.
    let handed_out = handed_out.lock().unwrap_or_else(PoisonError::into_inner);
    handed_out.recv()
}

#[cfg(test)]
mod tests {
    use super::map_in_order;

    #[test]
    fn results_come_in_input_order_whatever_the_threads() {
        for threads in [1, 2, 3, 8] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut seen = Vec::new();
            // Uneven work: later inputs often finish first.
            let result: Result<(), ()> = map_in_order(
                &pool,
                threads,
                0..1000u64,
                |n| {
                    std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 200));
                    n * n
                },
                |square| {
                    seen.push(square);
                    Ok(())
                },
            );
            assert_eq!(result, Ok(()));
            assert_eq!(seen, (0..1000u64).map(|n| n * n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn stops_at_the_first_error_and_reads_no_further() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let read = std::sync::atomic::AtomicUsize::new(0);
        let inputs = (0..).inspect(|_| {
            read.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let mut taken = 0;
        let result = map_in_order(
            &pool,
            2,
            inputs,
            |n: u32| n,
            |n| {
                taken += 1;
                if n == 100 {
                    Err(n)
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!((result, taken), (Err(100), 101));
        // The endless input was read only as far as the window allows.
        assert!(read.load(std::sync::atomic::Ordering::Relaxed) < 200);
    }

    #[test]
    fn no_inputs() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let result: Result<(), ()> =
            map_in_order(&pool, 2, std::iter::empty::<u8>(), |n| n, |_| Err(()));
        assert_eq!(result, Ok(()));
    }
}
