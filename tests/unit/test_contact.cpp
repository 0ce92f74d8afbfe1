// 手机号, email and URL checks (rules.md §3).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "rules/formats/contact.hpp"
#include "support/format_expect.hpp"

namespace {

using beian::test::check_expectation;
using beian::test::check_no_value_in_messages;
using beian::test::E;
using beian::test::Expect;
using beian::test::W;

using beian::FormatIssues;
using beian::Severity;

}  // namespace

TEST_CASE("mobile numbers: +86, spaces and hyphens are stripped", "[contact]") {
    const auto e = GENERATE(values<Expect>({
        {"13812345678", "", E},
        {"+86 138 1234 5678", "", E},
        {"+86-138-1234-5678", "", E},
        {"8613812345678", "", E},
        {"008613812345678", "", E},
        {" 138 1234 5678 ", "", E},
        {"１３８１２３４５６７８", "", E},
        {"19212345678", "", E},  // 中国广电
        {"17412345678", "", E},
        {"16612345678", "", E},
        {"12812345678", "MOBILE_FORMAT", E},
        {"1381234567", "MOBILE_FORMAT", E},
        {"138123456789", "MOBILE_FORMAT", E},
        {"+8513812345678", "MOBILE_FORMAT", E},
        {"138-1234-567a", "MOBILE_FORMAT", E},
        {"010-12345678", "MOBILE_FORMAT", E},
        {"(+86)13812345678", "MOBILE_FORMAT", E},
        {"14012345678", "MOBILE_SEGMENT", W},
        {"15412345678", "MOBILE_SEGMENT", W},
        {"16012345678", "MOBILE_SEGMENT", W},
        {"17432345678", "MOBILE_SEGMENT", W},
        {"19412345678", "MOBILE_SEGMENT", W},
    }));
    check_expectation(beian::check_mobile(e.input), e);
}

TEST_CASE("normalize_mobile drops the country code only where it is one", "[contact]") {
    CHECK(beian::normalize_mobile("+86 138-1234-5678") == "13812345678");
    CHECK(beian::normalize_mobile("8613812345678") == "13812345678");
    CHECK(beian::normalize_mobile("86123") == "86123");
}

TEST_CASE("email follows the HTML type=email pattern, Chinese domains warn", "[contact]") {
    const auto e = GENERATE(values<Expect>({
        {"12345678@qq.com", "", E},
        {"a.b+c_d@example.com.cn", "", E},
        {" service@example.com ", "", E},
        {"user@localhost", "", E},  // the HTML pattern does not require a dot
        {"张三@例子.中国", "EMAIL_FORMAT", W},
        {"test@例子.中国", "EMAIL_FORMAT", W},
        {"abc＠qq．com", "EMAIL_FULLWIDTH", E},
        {"abc@qq．com", "EMAIL_FULLWIDTH", E},
        {"plainaddress", "EMAIL_FORMAT", E},
        {"user@", "EMAIL_FORMAT", E},
        {"@example.com", "EMAIL_FORMAT", E},
        {"user@example..com", "EMAIL_FORMAT", E},
        {"user@.example.com", "EMAIL_FORMAT", E},
        {"user@example.com.", "EMAIL_FORMAT", E},
        {"us er@example.com", "EMAIL_FORMAT", E},
        {"a@b@example.com", "EMAIL_FORMAT", E},
        {"user@exa_mple.com", "EMAIL_FORMAT", E},
        {"张三@", "EMAIL_FORMAT", E},
        {"user@\xff.com", "EMAIL_FORMAT", E},
    }));
    check_expectation(beian::check_email(e.input), e);
}

TEST_CASE("URL: http/https with a dotted host, IDN allowed", "[contact]") {
    const auto e = GENERATE(values<Expect>({
        {"https://www.example.com", "", E},
        {"http://example.com/path/页面?q=1&r=中文#top", "", E},
        {"https://例子.中国", "", E},
        {"https://政府.政务/a", "", E},
        {"HTTPS://EXAMPLE.COM:8443/", "", E},
        {"https://example.com:/", "", E},
        {"https://example.com.", "", E},
        {"https://www。example。com/", "", E},
        {"https://xn--fiqs8s.xn--fiqz9s", "", E},
        {"http://192.168.1.10:8080", "", E},
        {" https://example.com/a_b ", "", E},
        {"https://user:pw@example.com/", "URL_USERINFO", W},
        {"www.example.com", "URL_SCHEME", E},
        {"example.com:8080/x", "URL_SCHEME", E},
        {"ftp://example.com", "URL_SCHEME", E},
        {"javascript:alert(1)", "URL_SCHEME", E},
        {"://example.com", "URL_SCHEME", E},
        {"http:example.com", "URL_FORMAT", E},
        {"http:/example.com", "URL_FORMAT", E},
        {"https://exa mple.com", "URL_FORMAT", E},
        {"https://example.com\\path", "URL_FORMAT", E},
        {"https://example.com:99999", "URL_FORMAT", E},
        {"https://example.com:80a", "URL_FORMAT", E},
        {"https://example.com/\xff", "URL_FORMAT", E},
        {"https://", "URL_HOST", E},
        {"https:///path", "URL_HOST", E},
        {"https://localhost", "URL_HOST", E},
        {"https://localhost:3000/", "URL_HOST", E},
        {"https://example..com", "URL_HOST", E},
        {"https://.example.com", "URL_HOST", E},
        {"https://[::1]/", "URL_HOST", E},
        {"https://exa%mple.com", "URL_HOST", E},
        {"https://exa<mple.com", "URL_HOST", E},
        {"https：//example.com", "URL_FULLWIDTH", E},
        {"ｈｔｔｐｓ://example.com", "URL_FULLWIDTH", E},
    }));
    check_expectation(beian::check_url(e.input), e);
}
