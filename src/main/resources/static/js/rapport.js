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

// One people picker for every field that takes a person. An input with data-people
// (IT, UNIT with data-unit, or ANYONE) offers, as one types, the people who may fill it,
// found by name, employee id or email; where data-people-multiple, the last of several
// references separated by commas. Without JavaScript it stays a plain field for an
// employee id or email.
const pickerLists = new WeakMap();

function pickerList(input) {
  let list = pickerLists.get(input);
  if (!list) {
    list = document.createElement('datalist');
    list.id = input.id + '-people';
    input.after(list);
    input.setAttribute('list', list.id);
    pickerLists.set(input, list);
  }
  return list;
}

async function suggestPeople(input) {
  const multiple = input.hasAttribute('data-people-multiple');
  const parts = input.value.split(',');
  const typed = (multiple ? parts[parts.length - 1] : input.value).trim();
  const list = pickerList(input);
  if (typed.length < 2) {
    list.replaceChildren();
    return;
  }
  const query = new URLSearchParams({ q: typed, scope: input.dataset.people });
  if (input.dataset.unit) {
    query.set('unit', input.dataset.unit);
  }
  const response = await fetch('/people/suggestions?' + query, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    return;
  }
  const earlier = multiple ? parts.slice(0, -1).map((part) => part.trim()).filter((part) => part) : [];
  list.replaceChildren(...(await response.json()).map((person) => {
    const option = document.createElement('option');
    option.value = earlier.concat(person.value).join(', ');
    option.label = person.label;
    option.textContent = person.label;
    return option;
  }));
}

document.addEventListener('input', (event) => {
  const input = event.target.closest ? event.target.closest('input[data-people]') : null;
  if (!input) {
    return;
  }
  clearTimeout(input.peopleTimer);
  input.peopleTimer = setTimeout(() => suggestPeople(input), 200);
});

// A file field with data-csv-headers offers the chosen CSV file's column headers in the
// datalist it names, and fills each empty mapping field (data-target) whose header reads
// the same as its target, so that a file exported from Rapport maps itself.
function csvHeaders(line) {
  const separator = (line.split(';').length > line.split(',').length) ? ';' : ',';
  const headers = [];
  let current = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') {
      quoted = !quoted;
    } else if (c === separator && !quoted) {
      headers.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  headers.push(current.trim());
  return headers.map((header) => header.replace(/^\uFEFF/, '')).filter((header) => header);
}

document.addEventListener('change', async (event) => {
  const input = event.target;
  if (!input.matches || !input.matches('input[type=file][data-csv-headers]') || !input.files.length) {
    return;
  }
  const text = await input.files[0].slice(0, 65536).text();
  const headers = csvHeaders(text.split(/\r?\n/, 1)[0]);
  const list = document.getElementById(input.dataset.csvHeaders);
  list.replaceChildren(...headers.map((header) => {
    const option = document.createElement('option');
    option.value = header;
    return option;
  }));
  input.form.querySelectorAll('input[data-target]').forEach((field) => {
    const same = headers.find((header) => header.toLowerCase() === field.dataset.target.toLowerCase());
    if (!field.value && same) {
      field.value = same;
    }
  });
});
