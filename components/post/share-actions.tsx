// Added to the share links where the page runs scripts: "Copy link" where the clipboard can be
// written, and one button for the system share sheet where the browser has one (phones). The
// buttons are in the HTML, hidden; a few lines of inline script show and wire them, so this costs
// no JavaScript file, and a page without scripts has no button that does nothing.
const SCRIPT = `(function(){var s=document.currentScript,l=s&&s.closest('[data-share]');if(!l)return;var u=l.getAttribute('data-share'),t=l.getAttribute('data-title'),n=navigator,c=l.querySelector('[data-copy]'),h=l.querySelector('[data-native]'),o=l.querySelector('[data-copied]');if(n.share&&h){h.parentNode.hidden=false;h.onclick=function(){n.share({title:t,url:u}).catch(function(){})}}if(n.clipboard&&n.clipboard.writeText&&c){c.parentNode.hidden=false;c.onclick=function(){n.clipboard.writeText(u).then(function(){o.textContent=o.getAttribute('data-copied')},function(){})}}})();`;

interface Props {
  copyLabel: string;
  copiedLabel: string;
  shareLabel: string;
}

export function ShareActions({ copyLabel, copiedLabel, shareLabel }: Props) {
  return (
    <>
      <li hidden suppressHydrationWarning>
        <button type="button" data-native>
          {shareLabel}
        </button>
      </li>
      <li hidden suppressHydrationWarning>
        <button type="button" data-copy>
          {copyLabel}
        </button>
        <span role="status" className="visually-hidden" data-copied={copiedLabel} suppressHydrationWarning />
        <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />
      </li>
    </>
  );
}
