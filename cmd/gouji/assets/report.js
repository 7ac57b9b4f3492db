// Filters the findings by severity and rule. Without script every finding
// is shown and the filter form stays hidden; printing shows them all.
(function () {
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;
  var findings = document.querySelectorAll(".finding");
  var shown = form.querySelector(".shown");
  function apply() {
    var sev = {};
    form.querySelectorAll("input[name=severity]").forEach(function (b) { sev[b.value] = b.checked; });
    var rule = form.querySelector("select[name=rule]").value;
    var n = 0;
    findings.forEach(function (f) {
      var on = sev[f.dataset.severity] && (rule === "" || f.dataset.rule === rule);
      f.classList.toggle("filtered-out", !on);
      if (on) { n++; }
    });
    shown.textContent = "显示 " + n + " / " + findings.length + " 处";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
