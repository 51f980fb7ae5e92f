// The reader's theme before the first paint: the choice remembered in localStorage (no cookie), if
// any, on <html data-theme>; otherwise the system setting decides (app/globals.css). Inline and
// first in <body>, so no page is ever drawn in the wrong theme.
const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;

// The footer's toggle: shown only when scripts run; flips the theme and remembers it.
const TOGGLE_SCRIPT = `(function(){var b=document.querySelector('[data-theme-toggle]');if(!b)return;var r=document.documentElement,m=window.matchMedia('(prefers-color-scheme: dark)');function dark(){var t=r.getAttribute('data-theme');return t?t==='dark':m.matches}function show(){b.setAttribute('aria-pressed',String(dark()))}b.hidden=false;show();m.addEventListener('change',show);b.onclick=function(){var t=dark()?'light':'dark';r.setAttribute('data-theme',t);try{localStorage.setItem('theme',t)}catch(e){}show()}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}

/** A toggle for the dark theme (aria-pressed), working without any of the page's React scripts. */
export function ThemeToggle({ label, className }: { label: string; className?: string }) {
  return (
    <>
      <button type="button" data-theme-toggle hidden aria-pressed="false" className={className} suppressHydrationWarning>
        {label}
      </button>
      <script dangerouslySetInnerHTML={{ __html: TOGGLE_SCRIPT }} />
    </>
  );
}
