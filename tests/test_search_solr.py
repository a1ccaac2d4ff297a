"""The Apache Solr path of the site search, tested without a Solr server (none can run here).

What is checked: SEARCH_URL selects the backend; the shipped configuration (search/solr/) parses, declares what
haystack sends and analyses Vietnamese like search/analysis.py (run in Lucene itself where a JDK and Lucene's jars
are installed); the backend's generated schema agrees with it; the request parameters built from a PortalQuery;
the reading of a Solr response; indexing and id listing against a fake connection; the optional compose service.
"""

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pysolr
import pytest
import yaml
from haystack import connections
from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from search.analysis import _D_MAP, BIGRAM_JOINER, bigrams, exact_syllables, syllables
from search.backends import whoosh
from search.backends.solr import (
    BIGRAM_BOOST,
    EXACT_BOOST,
    TITLE_BOOST,
    VietnameseSolrSearchBackend,
    build_ids_params,
    build_search_params,
    escape_term,
    parse_search_response,
)
from search.query import PortalQuery

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "search" / "solr"
SOLR_URL = "http://solr.invalid:8983/solr/portal"
HAYSTACK_FIELDS = {ID, DJANGO_CT, DJANGO_ID}


@pytest.fixture
def backend():
    """A backend built from options only: constructing it contacts no server."""
    return VietnameseSolrSearchBackend("default", URL=SOLR_URL)


def _schema():
    return ET.parse(CONF / "schema.xml").getroot()


def _schema_fields():
    return {field.get("name"): field.attrib for field in _schema().findall("field")}


def _field_type(name):
    (field_type,) = [ft for ft in _schema().findall("fieldType") if ft.get("name") == name]
    return field_type


def _classes(analyzer):
    return [element.get("class") for element in analyzer]


def _analyzers(field_type):
    return {analyzer.get("type", "both"): analyzer for analyzer in field_type.findall("analyzer")}


# --- SEARCH_URL selects the backend ------------------------------------------------------------------------------
PROBE = """
import json
import django
django.setup()
from django.conf import settings
from haystack import connections
options = settings.HAYSTACK_CONNECTIONS["default"]
backend = connections["default"].get_backend()
print(json.dumps({
    "engine": options["ENGINE"],
    "url": options.get("URL"),
    "path": options.get("PATH"),
    "backend": type(backend).__module__ + "." + type(backend).__qualname__,
    "solr_url": getattr(getattr(backend, "conn", None), "url", None),
}))
"""
_CLEARED = ("SEARCH_URL", "DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "HTTPS")


def _search_settings(tmp_path, search_url=None):
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env.update(PORTAL_VAR_DIR=str(tmp_path / "var"), DJANGO_SETTINGS_MODULE="portal.settings")
    if search_url is not None:
        env["SEARCH_URL"] = search_url
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("search_url", "url"),
    [
        ("solr://solr.example:8983/solr/portal", "http://solr.example:8983/solr/portal"),
        ("solr+https://solr.example:8983/solr/portal", "https://solr.example:8983/solr/portal"),
    ],
)
def test_solr_url_selects_the_solr_backend(tmp_path, search_url, url):
    values = _search_settings(tmp_path, search_url)
    assert values["engine"] == "search.backends.solr.VietnameseSolrEngine"
    assert values["url"] == url
    assert values["backend"] == "search.backends.solr.VietnameseSolrSearchBackend"
    assert values["solr_url"] == url


def test_whoosh_stays_the_default(tmp_path):
    values = _search_settings(tmp_path)
    assert values["engine"] == "search.backends.whoosh.VietnameseWhooshEngine"
    assert values["path"] == str(tmp_path / "var" / "whoosh")
    assert values["url"] is None

    elsewhere = tmp_path / "index"
    values = _search_settings(tmp_path, f"whoosh://{elsewhere}")
    assert values["engine"] == "search.backends.whoosh.VietnameseWhooshEngine"
    assert values["path"] == str(elsewhere)


# --- The shipped configuration -------------------------------------------------------------------------------------
def test_schema_declares_every_field_haystack_sends(make_article):
    fields = _schema_fields()
    assert _schema().findtext("uniqueKey") == ID
    assert fields[ID]["type"] == "string" and fields[ID]["required"] == "true"
    assert fields[DJANGO_CT]["type"] == fields[DJANGO_ID]["type"] == "string"

    unified = connections["default"].get_unified_index()
    assert set(unified.all_searchfields()) | HAYSTACK_FIELDS <= set(fields)
    article = make_article(title="Chuyển đổi số", lead="Kế hoạch năm 2024.")
    document = unified.get_index(type(article)).full_prepare(article)
    assert set(document) <= set(fields)

    expected = {
        "text": "vi_folded",
        "title": "vi_folded",
        "exact": "vi_exact",
        "bigrams": "vi_bigrams",
        "kind": "string",
        "year": "string",
        "date": "pdate",
    }
    for name, type_name in expected.items():
        assert fields[name]["type"] == type_name, name
        assert fields[name]["indexed"] == "true", name
    for name in ("url", "display_title", "summary", "snippet_source"):
        assert fields[name]["indexed"] == "false" and fields[name]["stored"] == "true", name
    for name in ("kind", "year", "date"):  # facets and sorting read doc values
        assert fields[name]["docValues"] == "true", name
    declared_types = {ft.get("name") for ft in _schema().findall("fieldType")}
    assert {field["type"] for field in fields.values()} <= declared_types


def test_folded_type_maps_d_with_stroke_and_folds_diacritics():
    analyzers = _analyzers(_field_type("vi_folded"))
    assert set(analyzers) == {"both"}  # the same chain at index and query time
    chain = _classes(analyzers["both"])
    assert chain[0] == "solr.MappingCharFilterFactory"
    assert chain[1] == "solr.PatternTokenizerFactory"
    assert chain.index("solr.LowerCaseFilterFactory") < chain.index("solr.ASCIIFoldingFilterFactory")
    assert not any("Stop" in name or "Stem" in name or "Porter" in name for name in chain)

    mapping_file = analyzers["both"][0].get("mapping")
    mappings = {}
    for line in (CONF / mapping_file).read_text(encoding="utf-8").splitlines():
        found = re.fullmatch(r'\s*"(.+)"\s*=>\s*"(.*)"\s*', line)
        if found:
            source, target = (part.encode().decode("unicode_escape") for part in found.groups())
            mappings[source] = target
    for letter in ("đ", "Đ", "Ð", *(chr(code) for code in _D_MAP)):
        assert mappings.get(letter) == "d", letter


def test_exact_type_only_lowercases():
    chain = _classes(_analyzers(_field_type("vi_exact"))["both"])
    assert "solr.LowerCaseFilterFactory" in chain
    assert not any("Folding" in name or "Mapping" in name for name in chain)


def test_bigram_type_joins_adjacent_folded_syllables_with_underscore():
    analyzers = _analyzers(_field_type("vi_bigrams"))
    assert set(analyzers) == {"index", "query"}
    index_chain = _classes(analyzers["index"])
    assert "solr.MappingCharFilterFactory" in index_chain and "solr.ASCIIFoldingFilterFactory" in index_chain
    assert index_chain[-1] == "solr.ShingleFilterFactory"
    shingles = analyzers["index"][-1].attrib
    assert shingles["minShingleSize"] == shingles["maxShingleSize"] == "2"
    assert shingles["outputUnigrams"] == "false"
    assert shingles["tokenSeparator"] == BIGRAM_JOINER == "_"
    # The portal sends ready-made pairs ("chuyen_doi"): the query side must not pair them again.
    assert "solr.ShingleFilterFactory" not in _classes(analyzers["query"])
    tokenizer = analyzers["query"].find("tokenizer")
    assert "_" in tokenizer.get("pattern")


def test_token_length_bound_fits_lucene():
    # TruncateTokenFilterFactory reads prefixLength as a Java byte: 128 or more fails when the core loads.
    for truncate in _schema().iter("filter"):
        if truncate.get("class") == "solr.TruncateTokenFilterFactory":
            assert 1 <= int(truncate.get("prefixLength")) <= 127


# The schema's analyzers run in Lucene itself when a Lucene 8/9 analysis jar and a JDK are installed (Debian:
# liblucene8-java, default-jdk-headless); elsewhere this check is skipped. It builds each <analyzer> of schema.xml
# with Lucene's CustomAnalyzer from the same factories and parameters Solr uses.
ANALYZE_JAVA = r"""
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.*;

public class Analyze {
  static final Map<String, Class<?>> FACTORIES = new HashMap<>();

  static Map<String, String> params(Element element) {
    Map<String, String> params = new HashMap<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName();
      if (!name.equals("class")) params.put(name, attributes.item(i).getNodeValue());
    }
    return params;
  }

  @SuppressWarnings("unchecked")
  static Analyzer build(Path conf, Element analyzer) throws Exception {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder(conf);
    NodeList children = analyzer.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element)) continue;
      Element element = (Element) children.item(i);
      Class<?> factory = FACTORIES.get(element.getAttribute("class").replace("solr.", ""));
      if (factory == null) throw new IllegalArgumentException("unknown " + element.getAttribute("class"));
      switch (element.getTagName()) {
        case "charFilter": builder.addCharFilter((Class<? extends CharFilterFactory>) factory, params(element)); break;
        case "tokenizer": builder.withTokenizer((Class<? extends TokenizerFactory>) factory, params(element)); break;
        default: builder.addTokenFilter((Class<? extends TokenFilterFactory>) factory, params(element));
      }
    }
    return builder.build();
  }

  public static void main(String[] args) throws Exception {
    for (String name : TokenFilterFactory.availableTokenFilters()) {
      Class<?> c = TokenFilterFactory.lookupClass(name); FACTORIES.put(c.getSimpleName(), c);
    }
    for (String name : TokenizerFactory.availableTokenizers()) {
      Class<?> c = TokenizerFactory.lookupClass(name); FACTORIES.put(c.getSimpleName(), c);
    }
    for (String name : CharFilterFactory.availableCharFilters()) {
      Class<?> c = CharFilterFactory.lookupClass(name); FACTORIES.put(c.getSimpleName(), c);
    }
    Path conf = Paths.get(args[0]);
    File schemaFile = conf.resolve("schema.xml").toFile();
    Document schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(schemaFile);
    Map<String, Analyzer> analyzers = new HashMap<>();
    NodeList types = schema.getElementsByTagName("fieldType");
    for (int i = 0; i < types.getLength(); i++) {
      Element type = (Element) types.item(i);
      NodeList list = type.getElementsByTagName("analyzer");
      for (int j = 0; j < list.getLength(); j++) {
        Element analyzer = (Element) list.item(j);
        String side = analyzer.getAttribute("type").isEmpty() ? "both" : analyzer.getAttribute("type");
        analyzers.put(type.getAttribute("name") + "/" + side, build(conf, analyzer));
      }
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    String line;
    while ((line = in.readLine()) != null) {
      String[] parts = line.split("\t", 2);
      List<String> tokens = new ArrayList<>();
      try (TokenStream stream = analyzers.get(parts[0]).tokenStream("f", parts[1].replace("\\n", "\n"))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) tokens.add(term.toString());
        stream.end();
      }
      out.println(String.join(" ", tokens));
    }
  }
}
"""
LUCENE_JARS = [
    jar
    for pattern in ("lucene-core-*.jar", "lucene-analy*-common-*.jar")
    for jar in sorted(Path("/usr/share/java").glob(pattern))[-1:]
]
VIETNAMESE_SAMPLES = [
    "Chuyển đổi số tỉnh Ninh Bình",
    "ĐẢNG đang dáng dạng đăng",
    "Ðà Nẵng",
    "Ý kiến",
    "Nghị định 43/2011/NĐ-CP",
    "Quy hoạch, thông tư số 12,5 v.v.",
    "Hội nghị về đô thị thông minh\nBàn về CHUYỂN ĐỔI SỐ trong quản lý.",
    "Lễ hội Tràng An — «Hoa Lư» (2024): ơ ư Ơ Ư ă â ê ô",
    "chuyển_đổi x \u0301 y",
]


@pytest.mark.skipif(len(LUCENE_JARS) < 2 or not shutil.which("javac"), reason="needs Lucene's analysis jars and a JDK")
def test_schema_analyzers_in_lucene_match_the_portal_analyzer(tmp_path):
    source = tmp_path / "Analyze.java"
    source.write_text(ANALYZE_JAVA, encoding="utf-8")
    classpath = os.pathsep.join([*map(str, LUCENE_JARS), str(tmp_path)])
    subprocess.run(["javac", "-cp", classpath, "-d", str(tmp_path), str(source)], check=True, timeout=120)

    cases = []
    for text in VIETNAMESE_SAMPLES:
        decomposed = unicodedata.normalize("NFD", text)
        cases += [
            ("vi_folded/both", text, syllables(text)),
            ("vi_exact/both", text, exact_syllables(text)),
            ("vi_bigrams/index", text, bigrams(syllables(text))),
            # The portal sends NFC text, but decomposed input still folds the same way.
            ("vi_folded/both", decomposed, syllables(text)),
            ("vi_bigrams/index", decomposed, bigrams(syllables(text))),
        ]
    cases += [("vi_bigrams/query", pair, [pair]) for pair in ("chuyen_doi", "doi_so")]
    # One case a line: analyzer, tab, text with its line breaks written as \n.
    lines = "".join(analyzer + "\t" + text.replace("\n", "\\n") + "\n" for analyzer, text, _ in cases)
    result = subprocess.run(
        ["java", "-cp", classpath, "Analyze", str(CONF)],
        input=lines,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    produced = result.stdout.splitlines()
    assert len(produced) == len(cases)
    for (analyzer, text, expected), tokens in zip(cases, produced, strict=True):
        assert tokens.split() == expected, (analyzer, text)


def test_solrconfig_is_solr_9_with_the_classic_schema():
    config = ET.parse(CONF / "solrconfig.xml").getroot()
    assert config.findtext("luceneMatchVersion").startswith("9.")
    assert config.find("schemaFactory").get("class") == "ClassicIndexSchemaFactory"
    handlers = {handler.get("name") for handler in config.findall("requestHandler")}
    assert {"/select", "/admin/ping"} <= handlers
    assert not (CONF / "managed-schema.xml").exists()  # one schema, the classic one


# --- build_schema agrees with the shipped schema ------------------------------------------------------------------
def test_generated_schema_matches_the_shipped_one(backend):
    content_field, generated = backend.build_schema(connections["default"].get_unified_index().all_searchfields())
    assert content_field == "text"
    shipped = _schema_fields()
    for field in generated:
        declared = shipped[field["field_name"]]
        assert declared["type"] == field["type"], field["field_name"]
        assert declared["indexed"] == field["indexed"], field["field_name"]
        assert declared["stored"] == field["stored"], field["field_name"]
        assert declared.get("multiValued", "false") == field["multi_valued"], field["field_name"]
        if field["doc_values"] == "true":
            assert declared.get("docValues") == "true", field["field_name"]
    # Nothing in the schema that the index does not send, apart from haystack's and Solr's own fields.
    assert set(shipped) == {f["field_name"] for f in generated} | HAYSTACK_FIELDS | {"_version_"}


# --- Request parameters -------------------------------------------------------------------------------------------
def test_params_for_a_query_with_diacritics():
    request = PortalQuery.build(text="Chuyển đổi số", kinds=("news",))
    params = build_search_params(request)
    assert params["defType"] == "edismax"
    assert params["q"] == "chuyen doi so"
    assert params["qf"] == "text"
    assert (params["q.op"], params["mm"]) == ("AND", "100%")
    assert params["uf"] == "-*"  # no field:value syntax from the citizen's text
    bq = params["bq"]
    assert [f"title:{w}^{TITLE_BOOST:g}" for w in ("chuyen", "doi", "so")] == bq[:3]
    assert {f"exact:{w}^{EXACT_BOOST:g}" for w in ("chuyển", "đổi", "số")} <= set(bq)
    assert {f"bigrams:{p}^{BIGRAM_BOOST:g}" for p in ("chuyen_doi", "doi_so")} <= set(bq)
    assert "fq" not in params
    assert params["sort"].startswith("score desc,date desc")
    assert params["facet"] == "true" and params["facet.field"] == ["kind", "year"]
    assert params["hl"] == "true" and params["hl.fl"] == "snippet_source"
    assert params["hl.tag.pre"] == params["hl.simple.pre"] == "<mark>"
    assert params["hl.encoder"] == "html"
    assert params["hl.defaultSummary"] == "false"  # no match, no snippet: the page shows the summary instead
    assert (params["start"], params["rows"]) == ("0", "10")


def test_boosts_weigh_like_the_whoosh_backend():
    title = connections["default"].get_unified_index().all_searchfields()["title"]
    # Whoosh: field boost in the index × query boost; Solr: everything in the query.
    assert title.boost * whoosh.TITLE_BOOST == TITLE_BOOST
    assert (EXACT_BOOST, BIGRAM_BOOST) == (whoosh.EXACT_BOOST, whoosh.BIGRAM_BOOST)


def test_params_without_diacritics_have_no_exact_boost():
    params = build_search_params(PortalQuery.build(text="chuyen doi so"))
    assert not any(clause.startswith("exact:") for clause in params["bq"])
    assert any(clause.startswith("bigrams:") for clause in params["bq"])


def test_params_filter_sort_and_page():
    request = PortalQuery.build(
        text="Chuyển đổi số", kind="news", year="2024", sort="newest", page=3, per_page=10, kinds=("news",)
    )
    params = build_search_params(request)
    assert params["fq"] == ["{!term f=kind}news", "{!term f=year}2024"]
    assert params["sort"].split(",")[0] == "date desc"
    assert "score" not in params["sort"]
    assert (params["start"], params["rows"]) == ("20", "10")


def test_params_for_the_any_word_fallback():
    params = build_search_params(PortalQuery.build(text="chuyen doi so"), mode="any")
    assert (params["q.op"], params["mm"]) == ("OR", "1")
    assert params["q"] == "chuyen doi so"


_SPECIAL = set('\\+-&|!(){}[]^"~*?:/= ')


def _clauses(q):
    """Splits q on unescaped spaces, as a query parser would; escapes stay in the clauses."""
    clauses, current, position = [], "", 0
    while position < len(q):
        if q[position] == "\\":
            current += q[position : position + 2]
            position += 2
            continue
        if q[position] == " ":
            clauses.append(current)
            current = ""
        else:
            current += q[position]
        position += 1
    return [*clauses, current]


def _assert_literal(q):
    """Every clause of q is a literal term: specials escaped, or a quoted plain word."""
    for clause in _clauses(q):
        assert clause, q
        if re.fullmatch(r'"\w+"', clause):
            continue
        unescaped = re.sub(r"\\.", "", clause)
        assert not set(unescaped) & _SPECIAL, (q, clause)
        assert clause.upper() not in {"AND", "OR", "NOT", "TO"}, q


@pytest.mark.parametrize("text", ['" OR * :', "a:b OR c", "{!xmlparser v='x'}", "(tin) AND -tức*", "\\ ^2 ~1"])
def test_user_syntax_never_reaches_solr_unescaped(text):
    params = build_search_params(PortalQuery.build(text=text))
    _assert_literal(params["q"])
    for clause in params["bq"]:
        field, _colon, rest = clause.partition(":")
        assert field in {"title", "exact", "bigrams"}
        _assert_literal(rest.rsplit("^", 1)[0])


def test_escaping_holds_even_for_words_that_skipped_the_analyzer():
    # Defence in depth: PortalQuery.words are analysed tokens, but the builder escapes whatever it is given.
    words = ['"', "OR", "*", "a:b", "{!lucene}", "\\", "x y", "and"]
    request = PortalQuery(text="", words=words, exact_words=["Đổi)"], bigrams=["a_b:c"])
    params = build_search_params(request)
    _assert_literal(params["q"])
    assert '"OR"' in params["q"].split(" ") and '"and"' in params["q"].split(" ")
    assert r"exact:Đổi\)^2" in params["bq"]
    assert r"bigrams:a_b\:c^4" in params["bq"]
    assert escape_term("{!lucene}") == r"\{\!lucene\}"


def test_ids_params_page_with_a_cursor():
    params = build_ids_params("news.newsarticlepage", cursor="AoE=")
    assert params["fq"] == "{!term f=django_ct}news.newsarticlepage"
    assert params["fl"] == DJANGO_ID
    assert params["sort"] == f"{ID} asc"  # a cursor needs the unique key in the sort
    assert params["cursorMark"] == "AoE="


# --- Reading a response ------------------------------------------------------------------------------------------
SOLR_RESPONSE = {
    "responseHeader": {"status": 0, "QTime": 7, "params": {"q": "chuyen doi so", "defType": "edismax"}},
    "response": {
        "numFound": 23,
        "start": 0,
        "maxScore": 12.3456789,
        "numFoundExact": True,
        "docs": [
            {
                "id": "news.newsarticlepage.41",
                "django_ct": "news.newsarticlepage",
                "django_id": "41",
                "display_title": "Chuyển đổi số tỉnh Ninh Bình",
                "url": "/tin-tuc/chuyen-doi-so-tinh-ninh-binh/",
                "kind": "news",
                "date": "2024-05-01T03:00:00Z",
                "summary": "Kế hoạch năm 2024.",
                "score": 12.3456789,
            },
            {
                "id": "portal.standardpage.7",
                "django_ct": "portal.standardpage",
                "django_id": "7",
                "display_title": "Giới thiệu",
                "url": "/gioi-thieu/",
                "kind": "page",
                "summary": "Thông tin chung.",
                "score": 3.1,
            },
        ],
    },
    "facet_counts": {
        "facet_queries": {},
        "facet_fields": {"kind": ["news", 20, "page", 3], "year": ["2024", 15, "2023", 5, "2022", 0]},
        "facet_ranges": {},
        "facet_intervals": {},
        "facet_heatmaps": {},
    },
    "highlighting": {
        "news.newsarticlepage.41": {
            "snippet_source": [
                "Kế hoạch <mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark> năm 2024 &amp; 2025.",
                "Ứng dụng <mark>số</mark> hóa.",
            ]
        },
        "portal.standardpage.7": {"snippet_source": []},
    },
}


def test_response_becomes_portal_results():
    request = PortalQuery.build(text="chuyen doi so")
    results = parse_search_response(request, SOLR_RESPONSE)
    assert results.count == 23 and results.mode == "all" and results.request is request
    first, second = results.hits
    assert set(first) == {"title", "url", "kind", "date", "summary", "snippet", "score"}
    assert first["title"] == "Chuyển đổi số tỉnh Ninh Bình"
    assert first["url"] == "/tin-tuc/chuyen-doi-so-tinh-ninh-binh/"
    assert first["kind"] == "news"
    assert first["date"] == datetime.datetime(2024, 5, 1, 3, 0, tzinfo=datetime.UTC)
    assert first["summary"] == "Kế hoạch năm 2024."
    assert first["snippet"] == (
        "Kế hoạch <mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark> năm 2024 &amp; 2025."
        " … Ứng dụng <mark>số</mark> hóa."
    )
    assert first["score"] == 12.3457
    assert second["date"] is None and second["snippet"] == ""
    assert results.facets == {"kind": {"news": 20, "page": 3}, "year": {"2024": 15, "2023": 5}}
    assert results.num_pages == 3


def test_response_parser_tolerates_sparse_responses():
    request = PortalQuery.build(text="chuyen")
    empty = parse_search_response(request, {"response": {"numFound": 0, "docs": []}}, mode="any")
    assert (empty.count, empty.hits, empty.mode) == (0, [], "any")
    assert empty.facets == {"kind": {}, "year": {}}
    # json.nl=map facets, multi-valued stored fields and dates with milliseconds are read too.
    raw = {
        "response": {
            "numFound": 1,
            "docs": [{"id": "x", "display_title": ["Tin"], "date": "2024-01-02T03:04:05.678Z"}],
        },
        "facet_counts": {"facet_fields": {"kind": {"news": 1}}},
    }
    results = parse_search_response(request, raw)
    assert results.hits[0]["title"] == "Tin"
    assert results.hits[0]["date"] == datetime.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC)
    assert results.facets == {"kind": {"news": 1}, "year": {}}


# --- The backend against a fake connection ----------------------------------------------------------------------
def _raw(num_found, docs=(), **extra):
    return {"response": {"numFound": num_found, "start": 0, "docs": list(docs)}, **extra}


def test_portal_search_falls_back_to_any_word(backend, monkeypatch):
    sent = []

    def select(params):
        sent.append(params)
        return _raw(0) if params["mm"] == "100%" else SOLR_RESPONSE

    monkeypatch.setattr(backend, "_select", select)
    results = backend.portal_search(PortalQuery.build(text="chuyen doi so"))
    assert [params["mm"] for params in sent] == ["100%", "1"]
    assert results.mode == "any" and results.count == 23

    sent.clear()
    results = backend.portal_search(PortalQuery.build(text="chuyen"))  # one word: nothing to relax
    assert [params["mm"] for params in sent] == ["100%"]
    assert results.mode == "all" and results.count == 0

    sent.clear()
    assert backend.portal_search(PortalQuery.build(text="?!")).count == 0  # no words: no request
    assert sent == []


def test_portal_search_when_solr_is_down(monkeypatch):
    def unreachable(*args, **kwargs):
        raise pysolr.SolrError("Failed to connect to server")

    quiet = VietnameseSolrSearchBackend("default", URL=SOLR_URL)
    monkeypatch.setattr(quiet.conn, "search", unreachable)
    results = quiet.portal_search(PortalQuery.build(text="chuyen doi so"))
    assert results.count == 0 and results.facets == {"kind": {}, "year": {}}

    loud = VietnameseSolrSearchBackend("default", URL=SOLR_URL, SILENTLY_FAIL=False)
    monkeypatch.setattr(loud.conn, "search", unreachable)
    with pytest.raises(pysolr.SolrError):
        loud.portal_search(PortalQuery.build(text="chuyen doi so"))


def test_select_sends_the_params_through_pysolr(backend, monkeypatch):
    calls = []

    def search(q, **kwargs):
        calls.append((q, kwargs))
        return pysolr.Results(_raw(0))

    monkeypatch.setattr(backend.conn, "search", search)
    backend.portal_search(PortalQuery.build(text="chuyen"))
    ((q, kwargs),) = calls
    assert q == "chuyen" and kwargs["defType"] == "edismax" and "q" not in kwargs


def test_indexed_ids_pages_with_the_cursor(backend, monkeypatch):
    pages = {
        "*": _raw(3, [{"django_id": "1"}, {"django_id": "2"}], nextCursorMark="c1"),
        "c1": _raw(3, [{"django_id": "3"}], nextCursorMark="c2"),
        "c2": _raw(3, [], nextCursorMark="c2"),
    }
    cursors = []

    def select(params):
        cursors.append(params["cursorMark"])
        assert params["fq"] == "{!term f=django_ct}news.newsarticlepage"
        return pages[params["cursorMark"]]

    monkeypatch.setattr(backend, "_select", select)
    assert backend.indexed_ids("news.newsarticlepage") == ["1", "2", "3"]
    assert cursors == ["*", "c1", "c2"]


def test_update_sends_declared_fields_without_index_time_boosts(backend, make_article, monkeypatch):
    messages = []
    monkeypatch.setattr(backend.conn, "_update", lambda message, **kwargs: messages.append((message, kwargs)))
    article = make_article(title="Chuyển đổi số", lead="Kế hoạch năm 2024.")
    index = connections["default"].get_unified_index().get_index(type(article))
    backend.update(index, [article])

    ((message, kwargs),) = messages
    assert kwargs["commit"] is True
    assert kwargs["solrapi"] == "JSON"  # no index-time boosts (Solr 7+ has none): pysolr's JSON update
    docs = json.loads(message)
    schema_fields = _schema_fields()
    for doc in docs:
        assert set(doc) <= set(schema_fields)
        assert "boost" not in doc
    (sent,) = docs
    assert sent[ID] == f"news.newsarticlepage.{article.pk}"
    assert sent["kind"] == "news"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", sent["date"])
    assert sent["year"] == str(article.date.year)
    assert sent["bigrams"].startswith("Chuyển đổi số")  # Solr builds the pairs itself
    # An undated page: no date and an empty year, which are left out rather than sent empty.
    undated = backend._solr_document({ID: "portal.standardpage.7", "date": None, "year": ""})
    assert backend.conn._build_json_doc(undated) == {ID: "portal.standardpage.7"}


# --- The optional docker-compose service -----------------------------------------------------------------------
def test_docker_compose_has_an_optional_solr_service():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    solr = compose["services"]["solr"]
    assert solr["profiles"] == ["solr"]
    assert solr["image"].startswith("solr:9")
    mounts = {volume.split(":")[0]: volume.split(":")[1] for volume in solr["volumes"]}
    assert mounts["./search/solr"].endswith("/configsets/portal/conf")
    assert mounts["solr-data"] == "/var/solr"
    assert "solr-data" in compose["volumes"]
    assert "precreate-core portal /opt/solr/server/solr/configsets/portal" in " ".join(solr["command"])
    assert "/solr/portal/admin/ping" in " ".join(solr["healthcheck"]["test"])
    for name in ("web", "worker", "beat", "migrate"):
        assert "solr" not in compose["services"][name].get("profiles", []), name
