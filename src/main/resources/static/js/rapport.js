// The navigation is open in the markup so that it works without JavaScript; on a phone it
// starts folded behind its Menu button.
document.addEventListener('DOMContentLoaded', () => {
  if (window.matchMedia('(max-width: 899px)').matches) {
    // On a phone the menu and long filter panels start folded.
    document.querySelectorAll('details.nav-menu, details.filter-panel').forEach((details) => details.removeAttribute('open'));
  }
});

// A button with data-add-row repeats the last row its selector names, emptied, with
// fresh ids, so that a form can take several of a kind (commitments made in a touchpoint).
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-add-row]');
  if (!button) {
    return;
  }
  const rows = button.parentElement.querySelectorAll(button.dataset.addRow);
  const last = rows[rows.length - 1];
  const copy = last.cloneNode(true);
  const index = rows.length;
  copy.querySelectorAll('input').forEach((input) => {
    input.value = '';
    input.classList.remove('is-invalid');
    input.id = input.id.replace(/-\d+$/, '-' + index);
  });
  copy.querySelectorAll('label').forEach((label) => {
    label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + index);
  });
  last.after(copy);
  copy.querySelector('input').focus();
});

// Show the add-row buttons only where JavaScript runs.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-add-row]').forEach((button) => button.removeAttribute('hidden'));
});
document.addEventListener('htmx:afterSwap', () => {
  document.querySelectorAll('[data-add-row]').forEach((button) => button.removeAttribute('hidden'));
});
