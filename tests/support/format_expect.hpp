// Shared checks for the format-rule tests: a value never reaches a message,
// and one input gives exactly one expected issue (or none).
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "rules/formats/format_issue.hpp"

namespace beian::test {

// Values must never reach a message (they end up in logs).
inline void check_no_value_in_messages(const FormatIssues& issues, const std::string& raw) {
    for (const auto& issue : issues) {
        CAPTURE(issue.code);
        CHECK(issue.zh.find(raw) == std::string::npos);
        CHECK(issue.en.find(raw) == std::string::npos);
    }
}

struct Expect {
    std::string input;
    const char* code;  // "" = no issue
    Severity severity;
};

// Exactly one issue with the expected code and severity, or none.
inline void check_expectation(const FormatIssues& issues, const Expect& e) {
    CAPTURE(e.input);
    if (std::string_view(e.code).empty()) {
        CHECK(issues.empty());
        for (const auto& issue : issues) UNSCOPED_INFO(issue.code);
    } else {
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].code == e.code);
        CHECK(issues[0].severity == e.severity);
    }
    check_no_value_in_messages(issues, e.input);
}

inline constexpr auto E = Severity::Error;
inline constexpr auto W = Severity::Warning;

}  // namespace beian::test
