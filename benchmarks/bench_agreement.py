"""Agreement at the size of a national study: 100k units x 3 coders x 10 codes.

Times qualcode's per-code coefficients (the matrices an agreement report builds) against the
`krippendorff` package computing nominal alpha on the same data, in the same run, so the
figure is a ratio that survives a noisy machine.

    python benchmarks/bench_agreement.py [--units 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import krippendorff
import numpy as np

from qualcode.agreement import metrics
from qualcode.agreement.bootstrap import bootstrap_alpha, bootstrap_alpha_by_unit


def make_data(units: int, coders: int, codes: int, seed: int = 7) -> list[np.ndarray]:
    """Per code a units x coders 0/1 matrix with ~85% agreement and ~10% prevalence."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(codes):
        truth = rng.random(units) < 0.10
        flips = rng.random((units, coders)) < 0.08
        out.append((truth[:, None] ^ flips).astype(np.int8))
    return out


def ours(matrices: list[np.ndarray]) -> list[float]:
    return [metrics.krippendorff_alpha(m) for m in matrices]


def ours_full(matrices: list[np.ndarray]) -> None:
    """Everything a report row computes per code, bootstrap interval excluded."""
    for m in matrices:
        metrics.percent_agreement(m)
        metrics.fleiss_kappa(m)
        metrics.krippendorff_alpha(m)
        metrics.gwet_ac1(m, categories=[0, 1])
        metrics.brennan_prediger(m, categories=[0, 1])


def spans_of(matrices: list[np.ndarray], unit_length: int = 60) -> list[dict[str, list]]:
    """Per code, each coder's spans: the units they coded, as 60-character sentences."""
    out = []
    for m in matrices:
        out.append(
            {
                f"c{j}": [(u * unit_length, (u + 1) * unit_length) for u in np.flatnonzero(m[:, j])]
                for j in range(m.shape[1])
            }
        )
    return out


def u_alphas(spans: list[dict[str, list]], length: int) -> list[float]:
    return [metrics.unitizing_alpha(s, length) for s in spans]


def package(matrices: list[np.ndarray]) -> list[float]:
    return [
        float(krippendorff.alpha(reliability_data=m.T, level_of_measurement="nominal"))
        for m in matrices
    ]


def timed(fn, *args, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--coders", type=int, default=3)
    parser.add_argument("--codes", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data = make_data(args.units, args.coders, args.codes)
    assert np.allclose(ours(data), package(data)), "qualcode and krippendorff disagree"
    t_ours = timed(ours, data, repeat=args.repeat)
    t_full = timed(ours_full, data, repeat=args.repeat)
    t_pkg = timed(package, data, repeat=args.repeat)
    t_boot = timed(lambda d: [bootstrap_alpha(m, 1000) for m in d], data[:1], repeat=1)
    t_pooled = timed(lambda d: bootstrap_alpha_by_unit(d, 1000), data, repeat=1)
    spans = spans_of(data)
    t_u = timed(u_alphas, spans, args.units * 60, repeat=args.repeat)
    print(
        f"{args.units} units x {args.coders} coders x {args.codes} codes (median of {args.repeat})"
    )
    print(f"  qualcode alpha, all codes      {t_ours:8.3f} s")
    print(f"  qualcode five coefficients     {t_full:8.3f} s")
    print(f"  krippendorff package alpha     {t_pkg:8.3f} s")
    print(f"  ratio qualcode/package (alpha) {t_ours / t_pkg:8.2f}")
    print(f"  1000-resample bootstrap, 1 code {t_boot:7.3f} s")
    print(f"  1000 resamples of units, pooled {t_pooled:7.3f} s")
    print(f"  u-alpha, all codes ({args.units * 60:,} chars) {t_u:6.3f} s")


if __name__ == "__main__":
    main()
