// Progressive enhancement only: saves the score the moment it is chosen, so it counts even if the page is
// closed before "Next". The form works the same without this file.
(function () {
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector("[data-saved-message]");
  var timer = null;
  function save() {
    fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin",
                        headers: {"Accept": "application/json"}})
      .then(function (response) { if (response.ok && status) status.textContent = "Score saved."; })
      .catch(function () { /* the Next button still posts it */ });
  }
  form.addEventListener("change", function (event) {
    if (event.target.name !== "score") return;
    if (status) status.textContent = "";
    clearTimeout(timer);
    timer = setTimeout(save, 500);  // arrow keys move through several scores: save the one that stays
  });
})();
