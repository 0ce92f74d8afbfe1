// Teach mode, for a field the label match missed: the person clicks the
// field's control on the page (the content script's pick mode swallows that
// click, so nothing on the page reacts), and the label that control carries
// becomes an alias of the profile field in the host's local override.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $ } = P;

  // f: the plan row. Resolves with the taught label, or null (cancelled,
  // timed out, or the click was not on a labelled form item).
  async function teach(f) {
    $('teach-hint').textContent = t('teachHint', [f.label]);
    $('teach-hint').hidden = false;
    try {
      const picked = await P.content('pick', { timeoutMs: 60_000 });
      if (!picked || !picked.label) {
        $('teach-hint').textContent = t(picked && picked.reason === 'no-label' ? 'teachNoLabel' : 'teachCancelled');
        return null;
      }
      await P.host('profile.teach', { field: f.id, alias: picked.label });
      $('teach-hint').textContent = t('teachDone', [f.label, picked.label]);
      return picked.label;
    } catch (e) {
      $('teach-hint').hidden = true;
      throw e;
    }
  }

  P.teach = { teach };
})(globalThis);
