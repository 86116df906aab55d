"""Shared timing helper for the benchmark scripts."""

import time


def best_of(fn, repeat=5):
    """The shortest wall time of ``repeat`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def write_events(path, n_events, *, seed=1):
    """Write a generated event log of ``n_events`` rows (canonical columns, ISO dates) to ``path``."""
    import offerkit

    df = offerkit.sample(candidates=max(1, n_events // 300), applications=150, seed=seed).head(n_events)
    df.to_csv(path, index=False)
    return len(df)
