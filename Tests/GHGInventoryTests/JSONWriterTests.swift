import GHGReports
import Testing

/// `JSONWriter` builds its document as UTF-8 bytes; strings must come out as RFC 8259 (section 7)
/// string literals: `"` and `\` escaped, control characters below U+0020 escaped (`\n`, `\r`,
/// `\t`, else `\u00XX`), every other character as its own UTF-8 bytes.
@Suite("JSON writer")
struct JSONWriterTests {
    @Test("strings are escaped as RFC 8259 section 7 asks; other characters are copied as they are")
    func escaping() {
        var json = JSONWriter()
        json.beginObject()
        json.string("plain", "Bình Dương 1.A.1.a.i")
        json.string("quote \"and\" backslash \\", "a \"b\" c\\d")
        json.string("controls", "line\nbreak\rreturn\ttab\u{01}x\u{1F}")
        json.string("empty", "")
        json.number("nan", .nan)
        json.int("int", -42)
        json.endObject()
        let expected = """
            {
              "plain": "Bình Dương 1.A.1.a.i",
              "quote \\"and\\" backslash \\\\": "a \\"b\\" c\\\\d",
              "controls": "line\\nbreak\\rreturn\\ttab\\u0001x\\u001f",
              "empty": "",
              "nan": null,
              "int": -42
            }
            """
        #expect(json.text == expected)
    }

    @Test("nesting indents two spaces a level; empty containers stay on one line")
    func nesting() {
        var json = JSONWriter()
        json.beginObject()
        json.beginArray("rows")
        json.beginObject()
        json.bool("ok", true)
        json.null("missing")
        json.endObject()
        json.beginArray()
        json.endArray()
        json.endArray()
        json.beginObject("none")
        json.endObject()
        json.endObject()
        #expect(json.text == "{\n  \"rows\": [\n    {\n      \"ok\": true,\n      \"missing\": null\n    },\n    []\n  ],\n  \"none\": {}\n}")
    }
}
