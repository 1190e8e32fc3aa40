import os
import tempfile

import pytest

# Tests never touch the network.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Never read or fill the user's cache: a stale entry could hide a regression.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="summarizer-test-cache-")


@pytest.fixture(scope="session")
def embedder():
    """The bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    from summarizer.embed import default_embedder

    return default_embedder()


# -- tiny seq2seq models (random weights, built once per run; see tests/tiny_models.py) ------


@pytest.fixture(scope="session")
def tiny_t5_dir(tmp_path_factory):
    """A 2-layer T5 with a Unigram tokenizer trained on the seeds, saved like a hub snapshot."""
    from .tiny_models import build_tiny_t5

    return build_tiny_t5(tmp_path_factory.mktemp("tiny-t5"))


@pytest.fixture(scope="session")
def tiny_bart_dir(tmp_path_factory):
    """A 1+1-layer BART with a byte-level BPE tokenizer and a 128-position hard limit."""
    from .tiny_models import build_tiny_bart

    return build_tiny_bart(tmp_path_factory.mktemp("tiny-bart"))
