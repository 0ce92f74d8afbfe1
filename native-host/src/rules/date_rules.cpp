// Dates must be real and in order: a certificate valid from before it ends
// and not expired; a filing approved after it was submitted and deregistered
// after both.
#include <array>

#include "rules/rule_functions.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

struct DateAt {
    std::string pointer;
    std::optional<CivilDate> date;
};

DateAt date_at(const json& dossier, const std::string& pointer) {
    return {pointer, CivilDate::parse(text_of(portal::value_at(dossier, pointer)))};
}

struct OrderedPair {
    const char* earlier;
    const char* later;
    const char* zh;
    const char* en;
};

// Within one object: each pair must not run backwards.
constexpr std::array<OrderedPair, 3> kFilingOrder{{
    {"/submittedOn", "/approvedOn", "批准日期早于提交日期", "approval is dated before submission"},
    {"/approvedOn", "/deregisteredOn", "注销日期早于批准日期",
     "deregistration is dated before approval"},
    {"/submittedOn", "/deregisteredOn", "注销日期早于提交日期",
     "deregistration is dated before submission"},
}};

void check_pairs(const json& dossier, const std::string& base, Findings& out) {
    for (const auto& pair : kFilingOrder) {
        const auto earlier = date_at(dossier, base + pair.earlier);
        const auto later = date_at(dossier, base + pair.later);
        if (earlier.date && later.date && *later.date < *earlier.date)
            out.push_back(
                {"DATES_OUT_OF_ORDER", Severity::Error, later.pointer, "", "", pair.zh, pair.en});
    }
}

void check_certificate(const RuleContext& context, Findings& out) {
    const std::string base = "/entity/certificate/validity";
    const auto from = date_at(context.dossier, base + "/from");
    const auto to = date_at(context.dossier, base + "/to");
    const auto* long_term = portal::value_at(context.dossier, base + "/longTerm");
    const bool is_long_term = long_term && long_term->is_boolean() && long_term->get<bool>();
    if (from.date && to.date && *to.date < *from.date)
        out.push_back({"DATES_OUT_OF_ORDER", Severity::Error, to.pointer, "", "",
                       "证件有效期的结束日期早于开始日期",
                       "the certificate's validity ends before it starts"});
    if (from.date && context.today < *from.date)
        out.push_back({"DATE_IN_FUTURE", Severity::Warning, from.pointer, "", "",
                       "证件有效期的开始日期在今天之后",
                       "the certificate's validity starts after today"});
    if (!is_long_term && to.date && *to.date < context.today)
        out.push_back({"CERTIFICATE_EXPIRED", Severity::Error, to.pointer, "", "",
                       "证件已过有效期，请先更新证件信息", "the certificate has expired"});
    if (is_long_term && to.date)
        out.push_back({"LONG_TERM_WITH_END_DATE", Severity::Warning, to.pointer, "", "",
                       "已勾选长期，但仍填写了结束日期",
                       "长期 is ticked but an end date is also given"});
}

}  // namespace

void dates_in_order(const RuleContext& context, Findings& out) {
    check_certificate(context, out);
    check_pairs(context.dossier, "/entity/filing", out);
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        check_pairs(context.dossier, "/algorithms/" + std::to_string(i) + "/filing", out);
    }
}

}  // namespace beian::rules
