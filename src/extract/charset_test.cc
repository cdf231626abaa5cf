#include "extract/charset.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(Charset, LabelsFollowTheEncodingStandard) {
  EXPECT_EQ(CanonicalCharset("utf-8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset(" UTF8 "), "UTF-8");
  EXPECT_EQ(CanonicalCharset("ISO-8859-1"), "WINDOWS-1252");  // browsers read Latin-1 as windows-1252
  EXPECT_EQ(CanonicalCharset("latin1"), "WINDOWS-1252");
  EXPECT_EQ(CanonicalCharset("us-ascii"), "WINDOWS-1252");
  EXPECT_EQ(CanonicalCharset("windows-1251"), "WINDOWS-1251");
  EXPECT_EQ(CanonicalCharset("cp1250"), "WINDOWS-1250");
  EXPECT_EQ(CanonicalCharset("iso8859-2"), "ISO-8859-2");
  EXPECT_EQ(CanonicalCharset("gb2312"), "GBK");
  EXPECT_EQ(CanonicalCharset("Shift_JIS"), "CP932");
  EXPECT_EQ(CanonicalCharset("euc-kr"), "CP949");
  EXPECT_EQ(CanonicalCharset("\"koi8-r\""), "KOI8-R");
  EXPECT_EQ(CanonicalCharset("no-such-charset"), "");
  EXPECT_EQ(CanonicalCharset(""), "");
}

TEST(Charset, DeclarationsInThePage) {
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"iso-8859-15\">"), "iso-8859-15");
  EXPECT_EQ(DeclaredCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(DeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>"), "ISO-8859-1");
  EXPECT_EQ(DeclaredCharset("<html><head><title>x</title></head>"), "");
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"Shift_JIS\""), "Shift_JIS");
}

TEST(Charset, ChoiceOrder) {
  // BOM first.
  EXPECT_EQ(ChooseCharset("\xEF\xBB\xBF<meta charset=latin1>", ""), "UTF-8");
  EXPECT_EQ(ChooseCharset("\xFF\xFE<\0h\0", ""), "UTF-16LE");
  // The transport's label before the page's.
  EXPECT_EQ(ChooseCharset("<meta charset=utf-8>caf\xE9", "ISO-8859-1"), "WINDOWS-1252");
  // A legacy label on bytes that are valid, non-ASCII UTF-8: UTF-8.
  EXPECT_EQ(ChooseCharset("<meta charset=iso-8859-1>caf\xC3\xA9", ""), "UTF-8");
  // No label: UTF-8 when valid, else windows-1252.
  EXPECT_EQ(ChooseCharset("caf\xC3\xA9", ""), "UTF-8");
  EXPECT_EQ(ChooseCharset("caf\xE9", ""), "WINDOWS-1252");
}

TEST(Charset, DecodesLatin1WithAMapToInputBytes) {
  std::string in = "<meta charset=iso-8859-1><p>Gr\xFC\xDF" "e aus M\xFCnchen</p>";
  Decoded d = DecodeToUtf8(in);
  EXPECT_EQ(d.charset, "WINDOWS-1252");
  EXPECT_NE(d.text.find("Gr\xC3\xBC\xC3\x9F" "e aus M\xC3\xBCnchen"), std::string::npos);
  ASSERT_FALSE(d.identity());
  // "M" of München maps to the input's "M"; "n" after the umlaut to the input's "n".
  size_t m = d.text.find("M\xC3\xBC");
  EXPECT_EQ(in[DecodedToSource(d.runs, static_cast<uint32_t>(m))], 'M');
  EXPECT_EQ(in[DecodedToSource(d.runs, static_cast<uint32_t>(m + 3))], 'n');
  EXPECT_EQ(DecodedToSource(d.runs, static_cast<uint32_t>(m + 1)), in.find("M\xFC") + 1);
}

TEST(Charset, ValidUtf8IsTheInputItself) {
  std::string in = "<p>caf\xC3\xA9</p>";
  Decoded d = DecodeToUtf8(in);
  EXPECT_TRUE(d.identity());
  EXPECT_TRUE(d.same);
  EXPECT_EQ(d.Text(in), in);
  EXPECT_EQ(d.replaced, 0u);
}

TEST(Charset, InvalidBytesInUtf8AreReadAsWindows1252) {
  Decoded d = DecodeToUtf8("<meta charset=utf-8><p>caf\xE9 \xC3\xA9t\xE9</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.replaced, 2u);
  EXPECT_NE(d.text.find("caf\xC3\xA9 \xC3\xA9t\xC3\xA9"), std::string::npos);
}

TEST(Charset, MultiByteCharsetsThroughIconv) {
  // "日本" in Shift_JIS: 93 FA 96 7B.
  Decoded d = DecodeToUtf8("<meta charset=shift_jis><p>\x93\xFA\x96\x7B</p>");
  EXPECT_EQ(d.charset, "CP932");
  EXPECT_NE(d.text.find("\xE6\x97\xA5\xE6\x9C\xAC"), std::string::npos);
  // UTF-16LE with a BOM.
  std::string u16("\xFF\xFE<\0p\0>\0h\0i\0", 12);
  Decoded e = DecodeToUtf8(u16);
  EXPECT_EQ(e.Text(u16), "<p>hi");
}

}  // namespace
}  // namespace entente
