// How a draft marks a gap for the filer: 【待填写：what to write】. One
// spelling, so that the drafts, the checklist (blanks left in a draft) and
// the template-text rule (a marker pasted into the dossier) agree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "documents/docx_document.hpp"

namespace beian::documents {

inline constexpr std::string_view kBlankOpen = "【待填写：";
inline constexpr std::string_view kBlankClose = "】";

inline Span blank(std::string_view prompt) {
    return {std::string(kBlankOpen) + std::string(prompt) + std::string(kBlankClose), true, false};
}

// How many markers the text still holds.
inline std::size_t count_blanks(std::string_view text) {
    std::size_t count = 0;
    for (auto at = text.find(kBlankOpen); at != std::string_view::npos;
         at = text.find(kBlankOpen, at + kBlankOpen.size()))
        ++count;
    return count;
}

}  // namespace beian::documents
