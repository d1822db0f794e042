// Turns every actor choice (select.actor-picker) into a search with type-ahead, its groups kept,
// several supporters shown as removable chips (Tom Select). Without JavaScript the native select
// stays and works. Runs on the page and on every fragment htmx swaps in.
(function () {
    'use strict';

    function enhance(root) {
        if (typeof TomSelect === 'undefined' || !root.querySelectorAll) {
            return;
        }
        root.querySelectorAll('select.actor-picker:not(.tomselected)').forEach(function (select) {
            var multiple = select.multiple;
            new TomSelect(select, {
                plugins: multiple ? ['remove_button'] : [],
                maxOptions: null,
                allowEmptyOption: !multiple,
                // the search box stays in place when the choice loses the focus: hiding it (hidePlaceholder)
                // made a choice of several long names one line shorter on blur, so the form moved up under
                // the pointer between the press and the release of a click on the button below (Add sent
                // nothing); these choices have no placeholder to hide
                hidePlaceholder: false,
                closeAfterSelect: !multiple,
                searchField: ['text'],
                lockOptgroupOrder: true,
                render: {
                    no_results: function () {
                        var div = document.createElement('div');
                        div.className = 'no-results';
                        div.textContent = select.getAttribute('data-no-results') || '—';
                        return div;
                    }
                }
            });
            // the label now names the search box; the native select, kept for the form, is hidden
            // from assistive technology too, so that nobody meets a second, unnamed choice
            select.setAttribute('aria-hidden', 'true');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        enhance(document);
    });
    document.addEventListener('htmx:load', function (event) {
        enhance(event.target);
    });
})();
