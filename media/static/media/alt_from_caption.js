// Alt text starts from the caption: while the editor has not written their own, it follows
// the caption as it is typed. Once they edit the alt text, it is theirs.
document.addEventListener("DOMContentLoaded", function () {
  var caption = document.getElementById("id_caption");
  var alt = document.getElementById("id_alt_text");
  if (!caption || !alt) return;
  var follows = alt.value === "" || alt.value === caption.value;
  alt.addEventListener("input", function () {
    follows = alt.value === "" || alt.value === caption.value;
  });
  caption.addEventListener("input", function () {
    if (follows) alt.value = caption.value;
  });
});
