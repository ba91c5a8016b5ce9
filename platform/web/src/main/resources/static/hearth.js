// Hearth's one script. Every page works without it; it only makes two things easier.
(function () {
  'use strict';

  // On narrow screens tables become blocks and their headings are hidden: name each value by its
  // column's heading (the stylesheet shows data-label before the value).
  function labelCells() {
    document.querySelectorAll('table').forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      if (headings.length === 0) {
        return;
      }
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (cell.tagName === 'TD' && headings[i] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headings[i]);
          }
        });
      });
    });
  }

  // While something runs in the background (a copy of one's data being prepared, a large file
  // being added), the page's [data-follow] section is fetched again every few seconds and its
  // progress put in place; once it has finished (the new page has no such section) the page's
  // content is replaced and focus moves to its heading or alert, so a screen reader announces it once.
  function follow() {
    var section = document.querySelector('[data-follow]');
    if (!section || !window.fetch || !window.DOMParser) {
      return;
    }
    var timer = setInterval(function () {
      fetch(window.location.pathname, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          var next = new DOMParser().parseFromString(html, 'text/html');
          if (!next.querySelector('[data-follow]')) {
            clearInterval(timer);
            document.querySelector('main').innerHTML = next.querySelector('main').innerHTML;
            var arrived = document.querySelector('main [role="alert"]') || document.querySelector('main section h2');
            if (arrived) {
              arrived.setAttribute('tabindex', '-1');
              arrived.focus();
            }
            return;
          }
          section.querySelectorAll('progress[id]').forEach(function (bar) {
            var nextBar = next.getElementById(bar.id);
            var label = section.querySelector('label[for="' + bar.id + '"]');
            var nextLabel = next.querySelector('label[for="' + bar.id + '"]');
            if (nextBar) {
              bar.value = nextBar.value;
              bar.textContent = nextBar.textContent;
            }
            if (label && nextLabel) {
              label.textContent = nextLabel.textContent;
            }
          });
        })
        .catch(function () { clearInterval(timer); });
    }, 3000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    labelCells();
    follow();
  });
})();
