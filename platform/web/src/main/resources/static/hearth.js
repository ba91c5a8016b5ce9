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

  // While a copy of one's data is being prepared, its progress is fetched again every few
  // seconds and put in place; once it is ready (or has failed) the page's content is replaced and
  // focus moves to its heading, so a screen reader announces it once.
  function followExport() {
    var progress = document.getElementById('export-progress');
    if (!progress || !window.fetch || !window.DOMParser) {
      return;
    }
    var timer = setInterval(function () {
      fetch(window.location.pathname, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          var next = new DOMParser().parseFromString(html, 'text/html');
          var bar = next.getElementById('export-bar');
          var done = next.getElementById('export-ready') || next.getElementById('export-failed');
          if (done) {
            clearInterval(timer);
            document.querySelector('main').innerHTML = next.querySelector('main').innerHTML;
            var heading = document.getElementById('export-ready-h') || document.getElementById('export-failed');
            if (heading) {
              heading.setAttribute('tabindex', '-1');
              heading.focus();
            }
          } else if (bar) {
            var mine = document.getElementById('export-bar');
            mine.value = bar.value;
            mine.textContent = bar.textContent;
            var label = document.querySelector('label[for="export-bar"]');
            var nextLabel = next.querySelector('label[for="export-bar"]');
            if (label && nextLabel) {
              label.textContent = nextLabel.textContent;
            }
          }
        })
        .catch(function () { clearInterval(timer); });
    }, 3000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    labelCells();
    followExport();
  });
})();
