// The navigation is open in the markup so that it works without JavaScript; on a phone it
// starts folded behind its Menu button.
document.addEventListener('DOMContentLoaded', () => {
  const menu = document.querySelector('details.nav-menu');
  if (menu && window.matchMedia('(max-width: 899px)').matches) {
    menu.removeAttribute('open');
  }
});
