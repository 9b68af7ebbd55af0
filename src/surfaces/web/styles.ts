/** One small stylesheet inlined in every page: no extra request on a slow connection. Contrast ≥ 4.5:1. */
export const baseStyles = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b57a4}
a:focus,button:focus,input:focus,select:focus{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:10}
header{background:#0d3b2e;color:#fff;padding:12px 16px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
header a{color:#fff}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
.tagline{font-size:.875rem;margin:0}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:12px}
main{max-width:60rem;margin:0 auto;padding:16px}
footer{border-top:1px solid #ccc;padding:16px;font-size:.875rem;color:#444}
.card{border:1px solid #ccc;border-radius:6px;padding:12px 16px;margin:12px 0}
.badge{display:inline-block;background:#eee;color:#333;border-radius:4px;padding:0 6px;font-size:.8rem}
.fallback{font-size:.8rem;color:#555}
form.stack{display:grid;gap:12px;max-width:26rem}
label{font-weight:600;display:block}
input,select{font:inherit;padding:8px;width:100%;border:1px solid #767676;border-radius:4px}
button{font:inherit;padding:8px 16px;background:#0d3b2e;color:#fff;border:0;border-radius:4px;cursor:pointer}
button.link{background:none;color:#fff;padding:0;text-decoration:underline}
.error{color:#a40e26;font-weight:600}
.notice{background:#eef6ee;border:1px solid #2e7d32;padding:8px 12px;border-radius:4px}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin:12px 0}.filters select{width:auto}
fieldset{border:1px solid #ccc;border-radius:4px}label.inline{display:inline;font-weight:400;margin-right:8px}label.inline input{width:auto}
.zone{display:flex;flex-wrap:wrap;gap:8px;align-items:center}.zone select{width:auto}
.scroll{overflow-x:auto}ul.sessions{list-style:none;padding:0}.times small,.event-time{color:#444}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #ddd;padding:6px}
.visually-hidden{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}.field-error{color:#a00;display:block}.field.invalid input,.field.invalid select,.field.invalid textarea{border-color:#a00}label.choice{display:block;font-weight:400}label.choice input{width:auto}
`;
