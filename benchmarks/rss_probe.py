"""One streamed coding run, measured from outside by benchmarks/run.py (peak RSS).

Usage: python benchmarks/rss_probe.py INPUT.jsonl WORKERS [--standin MODEL_DIR]

It calls the same library function as ``dyadline code INPUT -o /dev/null``. With
``--standin`` the spaCy model is MODEL_DIR (a blank tokenizer) and no dyadline stage
runs: the reader -> worker pool -> Coder.code_batch -> doc_to_record -> writer path is
the real one, only the NLP is left out, so 100k documents take minutes, not hours.
"""

from __future__ import annotations

import sys


def main() -> None:
    from dyadline.nlp import PipelineConfig
    from dyadline.run import code_files

    path, workers = sys.argv[1], int(sys.argv[2])
    config = PipelineConfig()
    if "--standin" in sys.argv:
        config = PipelineConfig(model=sys.argv[sys.argv.index("--standin") + 1], stages=())
    with open("/dev/null", "wb") as sink:
        stats = code_files([path], sink, config=config, workers=workers, quiet=True)
    print(f"{stats.coded} {stats.failed}")


if __name__ == "__main__":
    main()
