"""The learned scorer: per-code linear models on n-grams, and their out-of-fold predictions."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp.classifier import TextClassifier, cross_fit
from qualcode.nlp.similarity import char_vectorizer

ECONOMY = [
    "Budgeten räckte aldrig och sparkraven kom varje höst.",
    "Konsulterna kostade dubbelt så mycket som egen personal.",
    "Placeringarna på HVB drog iväg med flera miljoner.",
    "Nedskärningarna ett år blev dyrare året efter.",
    "Vi räknade på vad personalomsättningen kostade oss.",
    "Budgetramen följde inte behoven.",
]
OTHER = [
    "Jag har jobbat här i sju år.",
    "Vi har gruppmöte på måndagar.",
    "Det regnade hela veckan.",
    "Jag pluggade i Örebro.",
    "Familjen bor en bit utanför stan.",
    "Hon ringde mig på fredagen.",
]


def _data() -> tuple[object, np.ndarray, np.ndarray, object]:
    texts = ECONOMY + OTHER
    vectorizer = char_vectorizer(texts)
    x = vectorizer.transform(texts)
    y = np.array([[True]] * len(ECONOMY) + [[False]] * len(OTHER))
    return x, y, np.ones(y.shape), vectorizer


def test_classifier_tells_a_code_from_ordinary_talk() -> None:
    x, y, w, vectorizer = _data()
    model = TextClassifier.fit(["economy"], x, y, w)
    probs = model.predict(
        vectorizer.transform(["Sparkraven och budgeten styrde allt.", "Vi åt lunch."])
    )
    assert probs[0, 0] > 0.5 > probs[1, 0]


def test_rows_of_weight_zero_say_nothing_and_missing_classes_give_no_model() -> None:
    x, y, w, _ = _data()
    w[: len(ECONOMY)] = 0  # no positive left
    model = TextClassifier.fit(["economy"], x, y, w)
    assert model.models == [None]
    assert (model.predict(x) == 0).all()


def test_cross_fit_predicts_every_row_with_a_model_that_never_saw_it() -> None:
    x, y, w, _ = _data()
    oof = cross_fit(["economy"], x, y, w)
    assert oof.shape == y.shape
    assert oof[: len(ECONOMY)].mean() > oof[len(ECONOMY) :].mean()


def test_a_coders_passage_moves_the_model_as_far_as_the_code_trusts_them() -> None:
    x, y, w, vectorizer = _data()
    coded = np.zeros(len(y), dtype=bool)
    coded[-1] = True  # a coder gave the code a passage the codebook would not
    y[-1] = True
    probe = vectorizer.transform([OTHER[-1]])

    def fitted(trust: float) -> float:
        model = TextClassifier.fit_trusting(["economy"], x, y, w, coded, np.array([trust]))
        return float(model.predict(probe)[0, 0])

    without = TextClassifier.fit(["economy"], x, y, np.where(coded[:, None], 0.0, w))
    full = TextClassifier.fit(["economy"], x, y, w)
    assert fitted(0.0) == pytest.approx(float(without.predict(probe)[0, 0]), abs=1e-5)
    assert fitted(1.0) == pytest.approx(float(full.predict(probe)[0, 0]), abs=1e-5)
    assert fitted(0.0) < fitted(1 / 3) < fitted(1.0)  # one passage of three: a step, not all
