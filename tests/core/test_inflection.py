"""Tests of the suggested inflected forms of body names (core.inflection)."""

from __future__ import annotations

import pytest

from core.inflection import CASES, short_name, short_name_sv, suggest_forms

# nominative: genitive, partitive, allative, adessive, inessive, elative, illative
EXPECTED = {
    "Kunnanhallitus": (
        "kunnanhallituksen kunnanhallitusta kunnanhallitukselle kunnanhallituksella kunnanhallituksessa "
        "kunnanhallituksesta kunnanhallitukseen"
    ),
    "Lautakunta": "lautakunnan lautakuntaa lautakunnalle lautakunnalla lautakunnassa lautakunnasta lautakuntaan",
    "Valtuusto": "valtuuston valtuustoa valtuustolle valtuustolla valtuustossa valtuustosta valtuustoon",
    "Hyvinvointilautakunta": (
        "hyvinvointilautakunnan hyvinvointilautakuntaa hyvinvointilautakunnalle hyvinvointilautakunnalla "
        "hyvinvointilautakunnassa hyvinvointilautakunnasta hyvinvointilautakuntaan"
    ),
    "Maakuntahallitus": (
        "maakuntahallituksen maakuntahallitusta maakuntahallitukselle maakuntahallituksella "
        "maakuntahallituksessa maakuntahallituksesta maakuntahallitukseen"
    ),
    "Aluehallitus": (
        "aluehallituksen aluehallitusta aluehallitukselle aluehallituksella aluehallituksessa aluehallituksesta "
        "aluehallitukseen"
    ),
    "Aluevaltuusto": (
        "aluevaltuuston aluevaltuustoa aluevaltuustolle aluevaltuustolla aluevaltuustossa aluevaltuustosta "
        "aluevaltuustoon"
    ),
    "Yhtymähallitus": (
        "yhtymähallituksen yhtymähallitusta yhtymähallitukselle yhtymähallituksella yhtymähallituksessa "
        "yhtymähallituksesta yhtymähallitukseen"
    ),
    "Kaupunginhallitus": (
        "kaupunginhallituksen kaupunginhallitusta kaupunginhallitukselle kaupunginhallituksella "
        "kaupunginhallituksessa kaupunginhallituksesta kaupunginhallitukseen"
    ),
    "Sivistyslautakunta": (
        "sivistyslautakunnan sivistyslautakuntaa sivistyslautakunnalle sivistyslautakunnalla "
        "sivistyslautakunnassa sivistyslautakunnasta sivistyslautakuntaan"
    ),
    "jaosto": "jaoston jaostoa jaostolle jaostolla jaostossa jaostosta jaostoon",
    "Ohjausryhmä": (
        "ohjausryhmän ohjausryhmää ohjausryhmälle ohjausryhmällä ohjausryhmässä ohjausryhmästä ohjausryhmään"
    ),
    "Yhtymäkokous": (
        "yhtymäkokouksen yhtymäkokousta yhtymäkokoukselle yhtymäkokouksella yhtymäkokouksessa "
        "yhtymäkokouksesta yhtymäkokoukseen"
    ),
    "Vanhusneuvosto": (
        "vanhusneuvoston vanhusneuvostoa vanhusneuvostolle vanhusneuvostolla vanhusneuvostossa "
        "vanhusneuvostosta vanhusneuvostoon"
    ),
    "Vaikuttamistoimielin": (
        "vaikuttamistoimielimen vaikuttamistoimielintä vaikuttamistoimielimelle vaikuttamistoimielimellä "
        "vaikuttamistoimielimessä vaikuttamistoimielimestä vaikuttamistoimielimeen"
    ),
    "kunnanjohtaja": (
        "kunnanjohtajan kunnanjohtajaa kunnanjohtajalle kunnanjohtajalla kunnanjohtajassa kunnanjohtajasta "
        "kunnanjohtajaan"
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_common_heads(name: str) -> None:
    """Ensure the common heads of body names get every case right, with gradation and vowel harmony."""
    forms = suggest_forms(name)
    assert forms.nominative == name
    assert " ".join(getattr(forms, case) for case in CASES) == EXPECTED[name]


def test_adjective_agrees_with_head() -> None:
    """Ensure an adjective before the head is inflected in agreement, with its own vowel harmony."""
    forms = suggest_forms("Tekninen lautakunta")
    assert forms.genitive == "teknisen lautakunnan"
    assert forms.partitive == "teknistä lautakuntaa"
    assert forms.allative == "tekniselle lautakunnalle"
    assert forms.adessive == "teknisellä lautakunnalla"
    assert forms.inessive == "teknisessä lautakunnassa"
    assert forms.elative == "teknisestä lautakunnasta"
    assert forms.illative == "tekniseen lautakuntaan"
    assert suggest_forms("Ruotsinkielinen koulutuslautakunta").inessive == "ruotsinkielisessä koulutuslautakunnassa"
    assert suggest_forms("Taloudellinen jaosto").partitive == "taloudellista jaostoa"


def test_genitive_attribute_and_capitals() -> None:
    """Ensure genitive attributes stay unchanged and only proper names keep their capital letter."""
    assert suggest_forms("Hartolan keskusvaalilautakunta").allative == "Hartolan keskusvaalilautakunnalle"
    assert suggest_forms("Päijät-Hämeen jätelautakunta").genitive == "Päijät-Hämeen jätelautakunnan"
    assert suggest_forms("Kunnan keskusvaalilautakunta").genitive == "kunnan keskusvaalilautakunnan"
    assert suggest_forms("Yksilöasioiden jaosto").adessive == "yksilöasioiden jaostolla"
    assert suggest_forms("Sosiaali- ja terveyslautakunta").genitive == "sosiaali- ja terveyslautakunnan"
    assert suggest_forms("HYTE-ryhmä").illative == "HYTE-ryhmään"
    # Place names whose genitive ends in -den keep their capital; a plural genitive (-ien) is lower-cased.
    assert suggest_forms("Lahden kaupunginhallitus").genitive == "Lahden kaupunginhallituksen"
    assert suggest_forms("Virolahden kunnanvaltuusto").adessive == "Virolahden kunnanvaltuustolla"
    assert suggest_forms("Kuntien yhteistyöryhmä").genitive == "kuntien yhteistyöryhmän"


def test_regular_fallbacks() -> None:
    """Ensure unknown words follow the regular rules (gradation nt→nn, kk→k, -us, long vowel illative)."""
    assert suggest_forms("Kunta").genitive == "kunnan"
    assert suggest_forms("Kerho").illative == "kerhoon"
    assert suggest_forms("Seurakunta").adessive == "seurakunnalla"
    assert suggest_forms("Tarkastus").genitive == "tarkastuksen"
    assert suggest_forms("Kokouspää").illative == "kokouspäähän"
    assert suggest_forms("  Kunnanhallitus  ").nominative == "Kunnanhallitus"
    assert suggest_forms("").genitive == ""


def test_short_names() -> None:
    """Ensure the head of a compound name is found for repeating it ("Lautakunta esittää ...")."""
    assert short_name("Hyvinvointilautakunta") == "lautakunta"
    assert short_name("Kaupunginhallitus") == "hallitus"
    assert short_name("Aluevaltuusto") == "valtuusto"
    assert short_name("Jokin elin") == "elin"
    assert short_name("") == ""
    assert short_name_sv("Välfärdsnämnden") == "nämnden"
    assert short_name_sv("Kommunstyrelsen") == "styrelsen"
    assert short_name_sv("Kommunfullmäktige") == "fullmäktige"
