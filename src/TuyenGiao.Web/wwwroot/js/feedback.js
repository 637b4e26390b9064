// With JavaScript, "Đổi mã khác" swaps the captcha image in place instead of posting the form back.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-captcha-refresh]');
    if (!button) return;
    var form = button.form;
    var image = form.querySelector('.captcha-image');
    var answer = form.querySelector('[name="Form.CaptchaAnswer"]');
    event.preventDefault();
    image.src = image.src.split('?')[0] + '?lan=' + Date.now();
    answer.value = '';
    answer.focus();
});
