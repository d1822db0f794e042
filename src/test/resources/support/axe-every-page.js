// Added to every page of a browser test (before the page's own scripts, exempt from its CSP): once the
// page has loaded or htmx has settled a swap, asks the test (binding __axeWanted) whether this kind of
// page still needs checking, and if so runs axe-core's WCAG 2.1 A and AA rules and reports the
// violations (binding __axeReport). axe-core's source is only parsed on the pages that are checked.
(() => {
    if (window.top !== window) {
        return;
    }
    const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const MAX_ELEMENTS = 6000;
    // The page kind: numbers in the path as {id}, long tokens as {token}, plus the sorted query keys.
    const kind = () => {
        const path = location.pathname
            .split('/')
            .map((part) => (/^\d+$/.test(part) ? '{id}' : /^[A-Za-z0-9_-]{20,}$/.test(part) ? '{token}' : part))
            .join('/');
        const keys = [...new Set([...new URLSearchParams(location.search).keys()])].sort();
        return keys.length ? path + '?' + keys.join('&') : path;
    };
    let running = null;
    const check = () => {
        if (running) {
            return running;
        }
        // a very large page (a 1,000-task plan) is left to a smaller page of its kind: axe-core
        // would take seconds there on a loaded machine
        if (document.getElementsByTagName('*').length > MAX_ELEMENTS) {
            return Promise.resolve();
        }
        running = (async () => {
            const pageKind = kind();
            // the test's bindings (they may be installed after this script)
            if (typeof window.__axeWanted !== 'function' || !(await window.__axeWanted(pageKind, location.href))) {
                return;
            }
            if (!window.axe) {
                window.__axeSource.call(window);
            }
            const result = await window.axe.run(document, { runOnly: { type: 'tag', values: TAGS } });
            const path = location.pathname + location.search;
            await window.__axeReport(
                pageKind,
                result.violations.map((rule) => path + ': ' + rule.id + ' (' + rule.help + ') on '
                    + rule.nodes.length + ' element(s), first ' + JSON.stringify(rule.nodes[0].target)
                    + ' ' + rule.nodes[0].failureSummary));
        })().catch(() => {}).finally(() => {
            running = null;
        });
        return running;
    };
    Object.defineProperty(window, '__axeCheck', { value: check });
    window.addEventListener('load', () => setTimeout(check, 0));
    document.addEventListener('htmx:afterSettle', () => setTimeout(check, 0));
})();
