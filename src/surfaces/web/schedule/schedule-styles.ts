/** The editor's grid is wide: it scrolls sideways on a phone. Contrast ≥ 4.5:1 throughout. */
export const scheduleStyles = `
main{max-width:96rem}
.schedule-layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:16px;align-items:start}
@media (max-width:70rem){.schedule-layout{grid-template-columns:minmax(0,1fr)}}
table.schedule-grid{border-collapse:collapse;width:auto;min-width:100%}
.schedule-grid th,.schedule-grid td{vertical-align:top;border:1px solid #ccc;padding:4px;min-width:11rem}
.schedule-grid thead th small,.schedule-grid tbody th small{display:block;font-weight:400;color:#444}
.session{border:1px solid #767676;border-radius:6px;padding:6px;margin:4px 0;background:#fff;font-size:.9rem}
.session p{margin:2px 0}
.session.has-conflict{border:2px solid #a40e26;background:#fff5f5}
.session.picked{outline:3px dashed #0b57a4;outline-offset:2px}
.conflict{color:#a40e26}.conflict ul{margin:2px 0;padding-left:1.1em}
.session details summary{cursor:pointer;color:#0b57a4}
.session form{display:grid;gap:4px;margin-top:4px}.session select{padding:4px}
.session form.pin{display:block}
button.secondary{background:#fff;color:#0d3b2e;border:1px solid #0d3b2e;padding:2px 8px}
.badge.pinned{background:#0d3b2e;color:#fff}.badge.draft{background:#fff3cd;color:#5c4400}.badge.changed{background:#e3f2fd;color:#0b3d6b}
.free,.continued,.hidden-count{color:#595959;font-size:.8rem;margin:2px 0}
td.drop-target,section.drop-target{outline:3px solid #f2a900;outline-offset:-3px;background:#fff8e1}
td.drag-over,section.drag-over{background:#e3f2fd}
.side section{border:1px solid #ccc;border-radius:6px;padding:8px;margin-bottom:12px}
.actions-row{display:flex;flex-wrap:wrap;gap:12px;align-items:end}.actions-row form{display:flex;flex-wrap:wrap;gap:8px;align-items:end}.actions-row select{width:auto}
.hint{font-size:.85rem;color:#444;margin:2px 0}
.conflict-summary{color:#a40e26;font-weight:600}
`;
