#include "rules/formats/contact.hpp"

#include <algorithm>
#include <optional>
#include <regex>
#include <utility>

#include "util/utf8.hpp"

namespace beian {
namespace {

FormatIssue issue(const char* code, Severity severity, std::string zh, std::string en) {
    return {code, severity, std::move(zh), std::move(en)};
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// ---- email: the HTML type=email pattern, written out so that the relaxed
// variant (non-ASCII allowed) shares the same structure.
bool is_email_local_char(char c) {
    return is_alnum(c) ||
           std::string_view(".!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos;
}

bool email_shape(std::string_view text, bool allow_non_ascii) {
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0) return false;
    const auto local = text.substr(0, at);
    const auto domain = text.substr(at + 1);
    for (const char c : local)
        if (!is_email_local_char(c) && !(allow_non_ascii && is_non_ascii(c))) return false;
    // Domain: labels of [a-zA-Z0-9-]+ joined by single dots (a second '@' fails here).
    std::size_t label_length = 0;
    for (const char c : domain) {
        if (c == '.') {
            if (label_length == 0) return false;
            label_length = 0;
        } else if (is_alnum(c) || c == '-' || (allow_non_ascii && is_non_ascii(c))) {
            ++label_length;
        } else {
            return false;
        }
    }
    return label_length > 0;
}

// ---- URL: a small parser for what rules.md asks, in WHATWG terms.
std::optional<FormatIssue> url_error(const char* code, std::string zh, std::string en) {
    return issue(code, Severity::Error, std::move(zh), std::move(en));
}

// Ideographic and full-width full stops separate labels, as UTS 46 maps them.
std::string unify_dots(std::string_view host) {
    std::string out;
    for (std::size_t i = 0; i < host.size();) {
        const auto step = decode_utf8_at(host, i);
        if (step.code_point == U'\u3002' || step.code_point == U'\uFF0E' ||
            step.code_point == U'\uFF61')
            out.push_back('.');
        else
            out.append(host.substr(i, step.length));
        i += step.length;
    }
    return out;
}

std::optional<FormatIssue> check_host(std::string_view raw_host) {
    if (raw_host.empty()) return url_error("URL_HOST", "网址缺少域名", "the URL has no host name");
    if (raw_host.front() == '[')
        return url_error("URL_HOST", "网址应使用域名，不支持 IPv6 地址",
                         "use a domain name, not an IPv6 address");
    const std::string host = unify_dots(raw_host);
    std::size_t labels = 0;
    std::size_t label_length = 0;
    for (std::size_t i = 0; i < host.size(); ++i) {
        const char c = host[i];
        if (c == '.') {
            // One trailing dot is a fully qualified name; any other empty label is a typo.
            if (label_length == 0)
                return url_error(
                    "URL_HOST", "域名中有空的段（连续的点或以点开头）",
                    "the host name has an empty label (two dots in a row or a leading dot)");
            ++labels;
            label_length = 0;
        } else if (is_alnum(c) || c == '-' || c == '_' || is_non_ascii(c)) {
            ++label_length;  // non-ASCII: an internationalised (IDN) label such as 中国
        } else {
            return url_error("URL_HOST", "域名含不允许的字符",
                             "the host name contains a character not allowed there");
        }
    }
    if (label_length > 0) ++labels;
    if (labels < 2)
        return url_error("URL_HOST", "域名应含点（如 二级域名.顶级域名）",
                         "the host name needs a dot (a second-level and a top-level domain)");
    return std::nullopt;
}

std::optional<FormatIssue> parse_url(std::string_view url, FormatIssues& warnings) {
    if (!decode_utf8(url).valid)
        return url_error("URL_FORMAT", "网址不是有效的 UTF-8 文本", "the URL is not valid UTF-8");
    for (const char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
            return url_error("URL_FORMAT", "网址中不应有空格或控制字符",
                             "the URL contains a space or a control character");
        if (c == '\\')
            return url_error("URL_FORMAT", "网址中应使用 / 而不是 \\",
                             "use / rather than \\ in a URL");
    }
    const auto separator = url.find("://");
    const auto colon = url.find(':');
    const std::string scheme = to_upper_ascii(url.substr(0, std::min(separator, colon)));
    const bool web = scheme == "HTTP" || scheme == "HTTPS";
    // "www.example.com" or "example.com:8080" lack a scheme rather than having a wrong one.
    if (colon == std::string_view::npos || scheme.empty() ||
        (!web && separator == std::string_view::npos))
        return url_error("URL_SCHEME", "网址应以 http:// 或 https:// 开头",
                         "the URL must start with http:// or https://");
    if (!web)
        return url_error("URL_SCHEME", "网址只能使用 http 或 https 协议",
                         "only http and https URLs are accepted");
    if (separator != colon)
        return url_error("URL_FORMAT", "协议名后应为 ://", "the scheme must be followed by ://");

    const auto rest = url.substr(separator + 3);
    const auto authority = rest.substr(0, rest.find_first_of("/?#"));
    auto host_port = authority;
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        warnings.push_back(
            issue("URL_USERINFO", Severity::Warning, "网址中含用户名或密码，备案网址通常不应包含",
                  "the URL contains a user name or password, which a filed URL should not"));
        host_port = authority.substr(at + 1);
    }
    auto host = host_port;
    if (host_port.empty() || host_port.front() != '[') {
        if (const auto port_colon = host_port.rfind(':'); port_colon != std::string_view::npos) {
            const auto port = host_port.substr(port_colon + 1);
            bool digits = port.size() <= 5;
            for (const char c : port) digits = digits && is_digit(c);
            if (!digits || (!port.empty() && std::stoi(std::string(port)) > 65535))
                return url_error("URL_FORMAT", "端口号应为 0–65535 的数字",
                                 "the port must be a number from 0 to 65535");
            host = host_port.substr(0, port_colon);
        }
    }
    return check_host(host);
}

}  // namespace

std::string normalize_mobile(std::string_view raw) {
    std::string digits;
    for (const char c : fold_fullwidth_ascii(trim(raw)))
        if (c != ' ' && c != '-') digits.push_back(c);
    std::string_view view = digits;
    if (starts_with(view, "+86"))
        view.remove_prefix(3);
    else if (starts_with(view, "0086"))
        view.remove_prefix(4);
    else if (view.size() == 13 && starts_with(view, "86"))  // only when 11 digits remain
        view.remove_prefix(2);
    return std::string(view);
}

FormatIssues check_mobile(std::string_view raw) {
    const std::string number = normalize_mobile(raw);
    static const std::regex shape("1[3-9]\\d{9}");
    // VincentSit/ChinaMobilePhoneNumberRegex (segments to 2020-05); its 5[^4\D] is 5[0-35-9].
    static const std::regex segment(
        "1(?:3\\d{3}|4[57]\\d{2}|5[0-35-9]\\d{2}|8\\d{3}|7(?:[0-35-9]\\d{2}|4(?:0\\d|1[0-2]|9\\d))"
        "|9[0-35-9]\\d{2}|6[2567]\\d{2}|4[579]\\d{2})\\d{6}");
    if (!std::regex_match(number, shape)) {
        const auto count = std::to_string(measure_text(number).code_points);
        return {issue(
            "MOBILE_FORMAT", Severity::Error,
            "手机号应为 11 位数字、以 13–19 开头（可带 +86），去掉空格和连字符后为 " + count +
                " 位",
            "a mobile number has 11 digits starting 13–19 (optionally +86); without spaces and "
            "hyphens this has " +
                count + " characters")};
    }
    if (!std::regex_match(number, segment)) {
        return {
            issue("MOBILE_SEGMENT", Severity::Warning, "手机号的号段不在已知号段表中，请核对",
                  "the mobile number's prefix is not a known allocated segment; please verify")};
    }
    return {};
}

FormatIssues check_email(std::string_view raw) {
    const std::string email = trim(raw);
    // A Chinese IME easily types ＠ or ．; the portal will not treat them as @ and .
    if (fold_fullwidth_ascii(email) != email && email_shape(fold_fullwidth_ascii(email), false)) {
        return {issue(
            "EMAIL_FULLWIDTH", Severity::Error, "邮箱地址含全角字符（如 ＠ 或 ．），请改为半角",
            "the email address contains full-width characters (such as ＠ or ．); use ASCII")};
    }
    if (email_shape(email, false)) return {};
    if (!is_ascii(email) && decode_utf8(email).valid && email_shape(email, true)) {
        return {issue(
            "EMAIL_FORMAT", Severity::Warning,
            "邮箱地址含中文等非 ASCII 字符，部分系统不接受；建议使用英文域名的邮箱",
            "the email address contains non-ASCII characters (e.g. a Chinese domain), which some "
            "systems reject; prefer an ASCII address")};
    }
    return {issue("EMAIL_FORMAT", Severity::Error, "邮箱地址格式不正确，应为 用户名@域名 的形式",
                  "not a valid email address; expected the form name@domain")};
}

FormatIssues check_url(std::string_view raw) {
    const std::string url = trim(raw);
    FormatIssues out;
    auto error = parse_url(url, out);
    if (!error) return out;
    // "https：//" or "ｗｗｗ．" typed with a Chinese IME: say so rather than "bad scheme".
    const std::string folded = fold_fullwidth_ascii(url);
    FormatIssues ignored;
    if (folded != url && !parse_url(folded, ignored)) {
        return {issue("URL_FULLWIDTH", Severity::Error, "网址含全角字符（如 ：／．），请改为半角",
                      "the URL contains full-width characters (such as ：／．); use ASCII")};
    }
    out.push_back(std::move(*error));
    return out;
}

}  // namespace beian
