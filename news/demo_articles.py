"""Demo news articles for `manage.py load_demo`: realistic Vietnamese content on the seed report's themes."""

CATEGORIES = [  # (slug, name, description)
    (
        "thoi-su",
        "Thời sự",
        "Hoạt động của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh và các sự kiện chính trị nổi bật trong tỉnh.",
    ),
    (
        "kinh-te-xa-hoi",
        "Kinh tế - Xã hội",
        (
            "Tình hình phát triển kinh tế - xã hội, sản xuất nông nghiệp, công nghiệp, xây dựng nông thôn mới và các "
            "công trình, dự án trọng điểm của tỉnh."
        ),
    ),
    (
        "phong-chong-covid-19",
        "Phòng, chống Covid-19",
        (
            "Diễn biến dịch bệnh, văn bản chỉ đạo, hướng dẫn phòng, chống dịch Covid-19 và chiến dịch tiêm chủng trên "
            "địa bàn tỉnh Ninh Bình."
        ),
    ),
    (
        "du-lich",
        "Du lịch",
        (
            'Năm Du lịch quốc gia 2021 "Hoa Lư - Cố đô ngàn năm", quảng bá Quần thể danh thắng Tràng An, Tam Cốc - '
            "Bích Động, chùa Bái Đính và các điểm đến của Ninh Bình."
        ),
    ),
    (
        "bau-cu",
        "Bầu cử",
        (
            "Chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - "
            "2026 ngày 23/5/2021."
        ),
    ),
    (
        "chuyen-doi-so",
        "Chuyển đổi số",
        (
            "Chuyển đổi số tỉnh Ninh Bình: chính quyền số, kinh tế số, xã hội số, dịch vụ công trực tuyến và cải cách "
            "hành chính."
        ),
    ),
    (
        "ho-tro-doanh-nghiep",
        "Hỗ trợ doanh nghiệp",
        (
            "Chính sách hỗ trợ doanh nghiệp, thu hút đầu tư, cải thiện môi trường kinh doanh và đối thoại giữa chính "
            "quyền với doanh nghiệp."
        ),
    ),
    (
        "van-hoa-xa-hoi",
        "Văn hóa - Xã hội",
        "Giáo dục, y tế, văn hóa, lao động, an sinh xã hội, chăm lo người có công và các đối tượng yếu thế.",
    ),
    (
        "quoc-phong-an-ninh",
        "Quốc phòng - An ninh",
        (
            "Công tác quân sự địa phương, quốc phòng toàn dân, bảo đảm an ninh chính trị, trật tự an toàn xã hội, an "
            "toàn giao thông và phòng cháy, chữa cháy."
        ),
    ),
]

ARTICLES = [
    {
        "slug": "ban-chap-hanh-dang-bo-tinh-trien-khai-nhiem-vu-trong-tam-nam-2021",
        "title": "Ban Chấp hành Đảng bộ tỉnh triển khai nhiệm vụ trọng tâm năm 2021",
        "lead": (
            "Ngày 8/1, Ban Chấp hành Đảng bộ tỉnh Ninh Bình tổ chức hội nghị thảo luận, quyết định chương trình công "
            "tác toàn khóa và những nhiệm vụ trọng tâm năm 2021, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần "
            "thứ XXII."
        ),
        "paragraphs": [
            (
                "Hội nghị đã nghe báo cáo tóm tắt kết quả thực hiện nhiệm vụ năm 2020. Mặc dù chịu ảnh hưởng nặng nề "
                "của dịch Covid-19, kinh tế của tỉnh vẫn duy trì mức tăng trưởng dương, thu ngân sách nhà nước vượt dự "
                "toán; các lĩnh vực văn hóa, xã hội tiếp tục có bước phát triển; quốc phòng, an ninh được giữ vững; "
                "công tác xây dựng Đảng và hệ thống chính trị đạt nhiều kết quả tích cực."
            ),
            (
                "Các đại biểu tập trung thảo luận những chỉ tiêu chủ yếu của năm 2021, trong đó phấn đấu tốc độ tăng "
                "trưởng tổng sản phẩm trên địa bàn tỉnh đạt từ 7% trở lên; tiếp tục đẩy mạnh cải cách hành chính, cải "
                "thiện môi trường đầu tư kinh doanh; chuẩn bị chu đáo các điều kiện để tổ chức thành công Năm Du lịch "
                "quốc gia 2021 và cuộc bầu cử đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
                "2021 - 2026."
            ),
            (
                "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng khẩn trương cụ thể hóa "
                "nghị quyết thành chương trình, kế hoạch hành động phù hợp với điều kiện của từng địa phương, đơn vị. "
                "Đồng thời tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19, không để dịch bệnh xâm "
                "nhập và lây lan trong cộng đồng, bảo đảm cho nhân dân đón Tết Nguyên đán Tân Sửu vui tươi, an toàn."
            ),
        ],
        "quote": (
            (
                "Năm 2021 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII, mỗi cấp ủy, mỗi cán bộ, "
                "đảng viên phải nêu cao tinh thần trách nhiệm, hành động quyết liệt ngay từ những tháng đầu năm."
            ),
            "Bí thư Tỉnh ủy Ninh Bình",
        ),
        "category": "thoi-su",
        "tags": ["Tỉnh ủy", "Nghị quyết"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Nguyễn Minh Hằng",
        "photographer": "Đức Lam",
        "is_video": False,
        "date": "2021-01-08",
        "image_caption": "Quang cảnh Hội nghị Ban Chấp hành Đảng bộ tỉnh tại Trung tâm Hội nghị tỉnh",
    },
    {
        "slug": "ninh-binh-san-sang-cho-nam-du-lich-quoc-gia-2021-hoa-lu-co-do-ngan-nam",
        "title": 'Ninh Bình sẵn sàng cho Năm Du lịch quốc gia 2021 "Hoa Lư - Cố đô ngàn năm"',
        "lead": (
            'Với chủ đề "Hoa Lư - Cố đô ngàn năm", Năm Du lịch quốc gia 2021 do tỉnh Ninh Bình đăng cai là dịp để '
            "quảng bá giá trị lịch sử, văn hóa của vùng đất cố đô và các điểm đến hấp dẫn như Tràng An, Tam Cốc, Bái "
            "Đính."
        ),
        "paragraphs": [
            (
                "Theo kế hoạch, trong năm 2021, tỉnh Ninh Bình và các địa phương trong cả nước sẽ tổ chức khoảng 100 "
                "sự kiện văn hóa, thể thao, du lịch. Các hoạt động trọng tâm tại Ninh Bình gồm lễ khai mạc Năm Du lịch "
                'quốc gia, Lễ hội Hoa Lư, Tuần du lịch "Sắc vàng Tam Cốc - Tràng An", hội chợ du lịch và các chương '
                "trình nghệ thuật đặc sắc."
            ),
            (
                "Thời gian qua, tỉnh đã tập trung chỉnh trang cảnh quan, nâng cấp hạ tầng tại các khu, điểm du lịch; "
                "bổ sung hệ thống biển chỉ dẫn, nhà vệ sinh đạt chuẩn; tập huấn kỹ năng cho đội ngũ lái đò, hướng dẫn "
                "viên, nhân viên phục vụ. Nhiều sản phẩm du lịch mới như du lịch đêm, du lịch trải nghiệm nông nghiệp, "
                "du lịch cộng đồng đang được xây dựng."
            ),
            (
                "Trước diễn biến của dịch Covid-19, Ban Chỉ đạo Năm Du lịch quốc gia 2021 đã xây dựng các phương án tổ "
                "chức linh hoạt, sẵn sàng điều chỉnh quy mô, hình thức tổ chức các sự kiện. Mục tiêu xuyên suốt là bảo "
                "đảm an toàn cho du khách, người dân và từng bước phục hồi hoạt động du lịch của tỉnh."
            ),
        ],
        "quote": (
            (
                "Năm Du lịch quốc gia là cơ hội để Ninh Bình giới thiệu với bạn bè trong nước và quốc tế một vùng đất "
                "cố đô giàu bản sắc, thân thiện và an toàn."
            ),
            "Giám đốc Sở Du lịch tỉnh Ninh Bình",
        ),
        "category": "du-lich",
        "tags": ["Năm Du lịch quốc gia 2021", "Cố đô Hoa Lư"],
        "source": "own",
        "source_name": "",
        "author": "Nguyễn Minh Hằng",
        "photographer": "Đức Lam",
        "is_video": False,
        "date": "2021-01-15",
        "image_caption": "Cổng Khu di tích lịch sử văn hóa Cố đô Hoa Lư được chỉnh trang",
    },
    {
        "slug": "day-nhanh-giai-phong-mat-bang-du-an-cao-toc-bac-nam-doan-qua-ninh-binh",
        "title": "Đẩy nhanh giải phóng mặt bằng dự án cao tốc Bắc - Nam đoạn qua Ninh Bình",
        "lead": (
            "Đến giữa tháng 1/2021, huyện Yên Mô và thành phố Tam Điệp đã bàn giao trên 90% diện tích mặt bằng cho dự "
            "án đường bộ cao tốc Bắc - Nam phía Đông, đoạn Mai Sơn - Quốc lộ 45 qua địa bàn tỉnh Ninh Bình."
        ),
        "paragraphs": [
            (
                "Đoạn tuyến qua địa bàn tỉnh dài khoảng 15 km, đi qua 7 xã, phường thuộc huyện Yên Mô và thành phố Tam "
                "Điệp, với tổng diện tích đất phải thu hồi trên 120 ha. Ngay sau khi dự án được khởi công, Ban Chỉ đạo "
                "giải phóng mặt bằng của tỉnh đã chỉ đạo các địa phương thành lập tổ công tác, tổ chức kiểm đếm, áp "
                "giá bồi thường công khai, minh bạch."
            ),
            (
                "Tại xã Yên Thắng, huyện Yên Mô, nơi có diện tích đất nông nghiệp bị thu hồi lớn, chính quyền địa "
                "phương đã tổ chức nhiều buổi đối thoại với người dân, giải thích rõ chính sách bồi thường, hỗ trợ và "
                "tái định cư. Nhờ làm tốt công tác dân vận, phần lớn các hộ dân đã đồng thuận, nhận tiền và bàn giao "
                "mặt bằng trước thời hạn."
            ),
            (
                "Hiện nay, các nhà thầu đang tập trung nhân lực, máy móc thi công nền đường, cống thoát nước và các "
                "mố, trụ cầu. Sở Giao thông vận tải đề nghị các địa phương sớm hoàn thành việc di dời các công trình "
                "hạ tầng kỹ thuật, bảo đảm mặt bằng sạch để dự án về đích đúng tiến độ, góp phần kết nối giao thông "
                "thuận lợi giữa Ninh Bình với các tỉnh Bắc Trung Bộ."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Giao thông", "Giải phóng mặt bằng"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Lã Văn Thiện",
        "photographer": "Văn Thiện",
        "is_video": False,
        "date": "2021-01-20",
        "image_caption": "Thi công nền đường cao tốc đoạn qua xã Yên Thắng, huyện Yên Mô",
    },
    {
        "slug": "cong-thong-tin-dien-tu-tinh-ra-mat-chuyen-muc-chuyen-doi-so-tinh-ninh-binh",
        "title": 'Cổng Thông tin điện tử tỉnh ra mắt chuyên mục "Chuyển đổi số tỉnh Ninh Bình"',
        "lead": (
            "Nhằm tuyên truyền, nâng cao nhận thức của cán bộ, công chức và người dân về chuyển đổi số, Văn phòng UBND "
            'tỉnh đã xây dựng và đưa vào hoạt động chuyên mục "Chuyển đổi số tỉnh Ninh Bình" trên Cổng Thông tin điện '
            "tử tỉnh."
        ),
        "paragraphs": [
            (
                "Chuyên mục được thiết kế với các nội dung chính gồm: tin tức về hoạt động chuyển đổi số của tỉnh và "
                "cả nước; văn bản chỉ đạo, điều hành của Trung ương và địa phương; các mô hình, cách làm hay trong xây "
                "dựng chính quyền số, kinh tế số, xã hội số; hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công "
                "trực tuyến và các nền tảng số."
            ),
            (
                "Việc xây dựng chuyên mục là một trong những nhiệm vụ nhằm thực hiện Chương trình chuyển đổi số quốc "
                "gia đến năm 2025, định hướng đến năm 2030, đồng thời đáp ứng yêu cầu cung cấp thông tin trên trang "
                "thông tin điện tử, cổng thông tin điện tử của cơ quan nhà nước theo Nghị định 43/2011/NĐ-CP của Chính "
                "phủ."
            ),
            (
                'Ban Biên tập Cổng Thông tin điện tử tỉnh cho biết, cùng với chuyên mục "Chuyển đổi số tỉnh Ninh '
                'Bình", năm 2021 Cổng sẽ tiếp tục nâng cấp giao diện trên máy tính và thiết bị di động, tăng cường '
                "tích hợp dữ liệu mở, kết nối với Cổng Dịch vụ công quốc gia để người dân, doanh nghiệp thuận tiện hơn "
                "trong việc tra cứu thông tin, thực hiện thủ tục hành chính."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Chuyển đổi số", "Cổng Thông tin điện tử"],
        "source": "own",
        "source_name": "",
        "author": "Ngô Quang Minh",
        "photographer": "",
        "is_video": False,
        "date": "2021-01-22",
        "image_caption": 'Giao diện chuyên mục "Chuyển đổi số tỉnh Ninh Bình" trên Cổng Thông tin điện tử tỉnh',
    },
    {
        "slug": "thanh-lap-uy-ban-bau-cu-tinh-ninh-binh-nhiem-ky-2021-2026",
        "title": "Thành lập Ủy ban bầu cử tỉnh Ninh Bình nhiệm kỳ 2021 - 2026",
        "lead": (
            "UBND tỉnh Ninh Bình vừa ban hành quyết định thành lập Ủy ban bầu cử tỉnh gồm 21 thành viên để tổ chức "
            "cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026."
        ),
        "paragraphs": [
            (
                "Ủy ban bầu cử tỉnh do đồng chí Chủ tịch Hội đồng nhân dân tỉnh làm Chủ tịch, các Phó Chủ tịch gồm đại "
                "diện lãnh đạo Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Sở Nội vụ. Các thành "
                "viên là lãnh đạo các sở, ban, ngành, đoàn thể có liên quan đến công tác bầu cử."
            ),
            (
                "Ủy ban bầu cử tỉnh có nhiệm vụ chỉ đạo, hướng dẫn công tác bầu cử đại biểu Hội đồng nhân dân ở các "
                "cấp; kiểm tra, đôn đốc việc thi hành pháp luật về bầu cử; nhận hồ sơ và xem xét hồ sơ của người ứng "
                "cử; giải quyết khiếu nại, tố cáo liên quan đến bầu cử và xác nhận tư cách của người trúng cử đại biểu "
                "Hội đồng nhân dân tỉnh."
            ),
            (
                "Tại phiên họp thứ nhất, Ủy ban bầu cử tỉnh đã thông qua quy chế làm việc, phân công nhiệm vụ cho các "
                "thành viên và thành lập các tiểu ban giúp việc gồm: Tiểu ban Tuyên truyền; Tiểu ban An ninh, trật tự; "
                "Tiểu ban Nhân sự và Tiểu ban Văn phòng, bảo đảm chuẩn bị chu đáo mọi điều kiện cho ngày bầu cử."
            ),
        ],
        "quote": None,
        "category": "bau-cu",
        "tags": ["Bầu cử", "Ủy ban bầu cử"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Nguyễn Thơm",
        "photographer": "",
        "is_video": False,
        "date": "2021-01-25",
        "image_caption": "Phiên họp thứ nhất của Ủy ban bầu cử tỉnh",
    },
    {
        "slug": "ninh-binh-khan-truong-trien-khai-cac-bien-phap-cap-bach-phong-chong-dich-covid",
        "title": "Ninh Bình khẩn trương triển khai các biện pháp cấp bách phòng, chống dịch Covid-19",
        "lead": (
            "Trước diễn biến phức tạp của dịch Covid-19 tại tỉnh Hải Dương và tỉnh Quảng Ninh, tối 28/1, Ban Chỉ đạo "
            "phòng, chống dịch Covid-19 tỉnh Ninh Bình đã họp khẩn để triển khai các biện pháp cấp bách."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Sở Y tế, ngay sau khi nhận được thông tin, ngành y tế đã rà soát, lập danh sách "
                "những người trở về từ các vùng có dịch để tổ chức lấy mẫu xét nghiệm, theo dõi sức khỏe. Đến sáng "
                "29/1, toàn tỉnh đã rà soát được trên 1.200 trường hợp, tất cả các mẫu xét nghiệm đã có kết quả đều âm "
                "tính với vi rút SARS-CoV-2."
            ),
            (
                "Ban Chỉ đạo yêu cầu các huyện, thành phố kích hoạt lại tổ Covid cộng đồng tại thôn, xóm, tổ dân phố; "
                "tăng cường kiểm tra việc thực hiện quy định đeo khẩu trang nơi công cộng; tạm dừng các lễ hội, sự "
                "kiện tập trung đông người chưa thật sự cần thiết. Các cơ sở khám, chữa bệnh phải thực hiện nghiêm "
                "việc phân luồng, sàng lọc người bệnh."
            ),
            (
                "Người dân đi về từ các địa phương có dịch được yêu cầu chủ động khai báo y tế với chính quyền cơ sở "
                "hoặc qua đường dây nóng của Sở Y tế, tự theo dõi sức khỏe và thực hiện nghiêm thông điệp 5K. Ban Chỉ "
                "đạo cũng đề nghị các cơ quan báo chí tăng cường tuyên truyền để nhân dân không chủ quan nhưng cũng "
                "không hoang mang."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Ban Chỉ đạo"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Vũ Thanh Hương",
        "photographer": "Anh Tuấn",
        "is_video": False,
        "date": "2021-01-29",
        "image_caption": "Cuộc họp khẩn của Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh",
    },
    {
        "slug": "trao-hon-100-000-suat-qua-tet-cho-nguoi-co-cong-va-ho-ngheo",
        "title": "Trao hơn 100.000 suất quà Tết cho người có công và hộ nghèo",
        "lead": (
            "Nhân dịp Tết Nguyên đán Tân Sửu 2021, tỉnh Ninh Bình đã trao hơn 100.000 suất quà cho người có công với "
            "cách mạng, hộ nghèo, hộ cận nghèo và các đối tượng bảo trợ xã hội với tổng kinh phí trên 50 tỷ đồng."
        ),
        "paragraphs": [
            (
                "Cùng với quà của Chủ tịch nước, tỉnh Ninh Bình tặng quà cho các gia đình người có công, thân nhân "
                "liệt sĩ với mức từ 300.000 đồng đến 500.000 đồng mỗi suất. Hộ nghèo, hộ cận nghèo, người cao tuổi cô "
                "đơn, trẻ em mồ côi cũng được hỗ trợ tiền, gạo và các nhu yếu phẩm để đón Tết đầm ấm."
            ),
            (
                "Bên cạnh nguồn ngân sách nhà nước, Ủy ban Mặt trận Tổ quốc Việt Nam các cấp, các tổ chức đoàn thể, "
                'doanh nghiệp và nhà hảo tâm đã vận động hàng chục nghìn suất quà, tổ chức nhiều chương trình như "Tết '
                'vì người nghèo", "Xuân yêu thương", "Tết sum vầy" cho công nhân lao động có hoàn cảnh khó khăn.'
            ),
            (
                "Việc tặng quà được các địa phương thực hiện kịp thời, đúng đối tượng, hoàn thành trước ngày 25 tháng "
                "Chạp. Do ảnh hưởng của dịch Covid-19, nhiều nơi đã hạn chế tổ chức tập trung đông người, cán bộ trực "
                "tiếp mang quà đến tận nhà các gia đình, bảo đảm không có ai không có Tết."
            ),
        ],
        "quote": None,
        "category": "van-hoa-xa-hoi",
        "tags": ["An sinh xã hội", "Tết Nguyên đán"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Phạm Quỳnh Nga",
        "photographer": "Anh Tuấn",
        "is_video": False,
        "date": "2021-01-30",
        "image_caption": "Lãnh đạo huyện Nho Quan tặng quà Tết cho gia đình chính sách",
    },
    {
        "slug": "lanh-dao-tinh-dang-huong-ky-niem-91-nam-ngay-thanh-lap-dang-cong-san-viet-nam",
        "title": "Lãnh đạo tỉnh dâng hương kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "lead": (
            "Nhân kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2021) và chuẩn bị đón Tết "
            "Nguyên đán Tân Sửu, đoàn đại biểu lãnh đạo tỉnh Ninh Bình đã đến dâng hương, tưởng niệm các anh hùng liệt "
            "sĩ."
        ),
        "paragraphs": [
            (
                "Tham gia đoàn có các đồng chí trong Ban Thường vụ Tỉnh ủy, Thường trực Hội đồng nhân dân, lãnh đạo Ủy "
                "ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh cùng đại diện lãnh đạo các sở, ban, ngành, "
                "đoàn thể. Trong không khí trang nghiêm, đoàn đã dâng hương, dâng hoa tại Đài tưởng niệm các anh hùng "
                "liệt sĩ và viếng mộ các liệt sĩ tại Nghĩa trang liệt sĩ tỉnh."
            ),
            (
                "Trước anh linh các anh hùng liệt sĩ, đoàn đại biểu bày tỏ lòng biết ơn sâu sắc đối với những người "
                "con ưu tú đã anh dũng hy sinh vì độc lập, tự do của Tổ quốc. Đảng bộ, chính quyền và nhân dân Ninh "
                "Bình nguyện tiếp tục phát huy truyền thống quê hương, đoàn kết, chung sức xây dựng tỉnh Ninh Bình "
                "ngày càng giàu đẹp, văn minh."
            ),
            (
                "Cùng ngày, đoàn đã đến dâng hương tại Đền thờ Vua Đinh Tiên Hoàng và Đền thờ Vua Lê Đại Hành thuộc "
                "Khu di tích lịch sử văn hóa Cố đô Hoa Lư. Để bảo đảm công tác phòng, chống dịch Covid-19, các hoạt "
                "động được tổ chức gọn nhẹ, số lượng đại biểu hạn chế, các thành viên trong đoàn đều đeo khẩu trang và "
                "thực hiện khai báo y tế theo quy định."
            ),
        ],
        "quote": None,
        "category": "thoi-su",
        "tags": ["Tỉnh ủy", "Kỷ niệm"],
        "source": "own",
        "source_name": "",
        "author": "Phạm Thu Trang",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-02-03",
        "image_caption": "Đoàn đại biểu lãnh đạo tỉnh dâng hương tại Nghĩa trang liệt sĩ tỉnh",
    },
    {
        "slug": "huong-dan-nguoi-ve-que-don-tet-nguyen-dan-tan-suu-thuc-hien-khai-bao-y-te",
        "title": "Hướng dẫn người về quê đón Tết Nguyên đán Tân Sửu thực hiện khai báo y tế",
        "lead": (
            "Để chủ động phòng, chống dịch Covid-19 trong dịp Tết Nguyên đán Tân Sửu, Sở Y tế Ninh Bình hướng dẫn "
            "người từ các tỉnh, thành phố khác về quê đón Tết thực hiện khai báo y tế trực tuyến và theo dõi sức khỏe."
        ),
        "paragraphs": [
            (
                "Theo hướng dẫn, người đi về từ các địa phương đang có dịch phải khai báo y tế ngay khi về đến địa "
                "phương qua ứng dụng NCOVI, trang tokhaiyte.vn hoặc trực tiếp với trạm y tế xã, phường, thị trấn nơi "
                "cư trú. Trường hợp có tiếp xúc với ca bệnh hoặc có các triệu chứng như sốt, ho, khó thở cần thông báo "
                "ngay để được hướng dẫn cách ly, xét nghiệm."
            ),
            (
                "Tại các bến xe, nhà ga trên địa bàn tỉnh, ngành y tế phối hợp với lực lượng chức năng bố trí điểm hỗ "
                "trợ khai báo y tế, phát khẩu trang và dung dịch sát khuẩn cho hành khách. Các doanh nghiệp vận tải "
                "được yêu cầu thực hiện đầy đủ các biện pháp phòng dịch trên phương tiện và lưu giữ danh sách hành "
                "khách."
            ),
            (
                "Sở Y tế khuyến cáo người dân hạn chế tổ chức tụ tập đông người trong dịp Tết, đi chúc Tết ngắn gọn, "
                "ưu tiên chúc Tết trực tuyến. Khi đi lễ chùa, tham quan các điểm du lịch, người dân cần đeo khẩu "
                "trang, giữ khoảng cách và thực hiện nghiêm các quy định phòng dịch của ban quản lý."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Khai báo y tế"],
        "source": "own",
        "source_name": "",
        "author": "Hoàng Thị Hải Yến",
        "photographer": "",
        "is_video": False,
        "date": "2021-02-08",
        "image_caption": "Cán bộ y tế hướng dẫn người dân khai báo y tế tại bến xe khách Ninh Bình",
    },
    {
        "slug": "hoi-nghi-hiep-thuong-lan-thu-nhat-thoa-thuan-co-cau-thanh-phan-nguoi-ung-cu",
        "title": "Hội nghị hiệp thương lần thứ nhất thỏa thuận cơ cấu, thành phần người ứng cử",
        "lead": (
            "Ngày 18/2, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình tổ chức Hội nghị hiệp thương "
            "lần thứ nhất để thỏa thuận về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu Quốc hội "
            "và đại biểu Hội đồng nhân dân tỉnh."
        ),
        "paragraphs": [
            (
                "Theo dự kiến của Ủy ban Thường vụ Quốc hội, tỉnh Ninh Bình được bầu 6 đại biểu Quốc hội khóa XV, "
                "trong đó có 3 đại biểu do Trung ương giới thiệu về ứng cử tại địa phương và 3 đại biểu ở địa phương. "
                "Số đại biểu Hội đồng nhân dân tỉnh khóa XV được bầu là 50 đại biểu."
            ),
            (
                "Hội nghị đã thống nhất cơ cấu người ứng cử bảo đảm tỷ lệ hợp lý giữa các cơ quan, tổ chức, đơn vị; "
                "phấn đấu tỷ lệ đại biểu nữ đạt ít nhất 35%, đại biểu trẻ dưới 40 tuổi đạt khoảng 15% và có đại biểu "
                "là người ngoài Đảng, đại biểu tôn giáo, đại biểu là người dân tộc thiểu số."
            ),
            (
                "Các đại biểu dự hội nghị nhất trí cao với dự kiến cơ cấu, thành phần, số lượng người ứng cử. Sau hội "
                "nghị, các cơ quan, tổ chức, đơn vị được phân bổ số lượng người ứng cử sẽ tiến hành lựa chọn, giới "
                "thiệu người ứng cử và tổ chức lấy ý kiến cử tri nơi công tác theo đúng quy trình luật định."
            ),
        ],
        "quote": None,
        "category": "bau-cu",
        "tags": ["Bầu cử", "Hiệp thương"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Vũ Thanh Hương",
        "photographer": "Anh Tuấn",
        "is_video": False,
        "date": "2021-02-18",
        "image_caption": "Quang cảnh Hội nghị hiệp thương lần thứ nhất do Ủy ban MTTQ Việt Nam tỉnh tổ chức",
    },
    {
        "slug": "ninh-binh-phat-dong-tet-trong-cay-doi-doi-nho-on-bac-ho-xuan-tan-suu-2021",
        "title": 'Ninh Bình phát động Tết trồng cây "Đời đời nhớ ơn Bác Hồ" Xuân Tân Sửu 2021',
        "lead": (
            'Sáng 25/2, tại xã Gia Sinh, huyện Gia Viễn, tỉnh Ninh Bình tổ chức lễ phát động Tết trồng cây "Đời đời '
            'nhớ ơn Bác Hồ" Xuân Tân Sửu 2021, hưởng ứng Chương trình trồng một tỷ cây xanh giai đoạn 2021 - 2025.'
        ),
        "paragraphs": [
            (
                "Năm 2021, toàn tỉnh phấn đấu trồng mới khoảng 400.000 cây xanh các loại, trong đó tập trung trồng cây "
                "phân tán trên các tuyến đường giao thông, khu dân cư, trường học, công sở và trồng rừng phòng hộ, đặc "
                "dụng tại các huyện Nho Quan, Gia Viễn, Hoa Lư và thành phố Tam Điệp. Các loại cây được lựa chọn phù "
                "hợp với điều kiện thổ nhưỡng, có giá trị cảnh quan và kinh tế."
            ),
            (
                "Phát biểu tại lễ phát động, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các cấp, các ngành, đoàn thể và "
                "mỗi người dân tích cực hưởng ứng phong trào trồng cây, coi đây là việc làm thường xuyên nhằm góp phần "
                "bảo vệ môi trường, ứng phó với biến đổi khí hậu và tạo cảnh quan xanh, sạch, đẹp cho các khu du lịch "
                "trong Năm Du lịch quốc gia 2021."
            ),
            (
                "Ngay sau lễ phát động, các đại biểu, cán bộ, chiến sĩ lực lượng vũ trang, đoàn viên thanh niên và "
                "nhân dân địa phương đã trồng 2.000 cây lim, sao đen, bằng lăng tại khu vực sườn đồi xã Gia Sinh. Buổi "
                "lễ được tổ chức gọn nhẹ, bảo đảm các quy định về phòng, chống dịch Covid-19."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Tết trồng cây", "Môi trường"],
        "source": "own",
        "source_name": "",
        "author": "Đinh Ngọc Lan",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-02-25",
        "image_caption": "Lãnh đạo tỉnh tham gia trồng cây tại xã Gia Sinh, huyện Gia Viễn",
    },
    {
        "slug": "trao-quyet-dinh-chu-truong-dau-tu-cho-12-du-an-dau-nam-2021",
        "title": "Trao quyết định chủ trương đầu tư cho 12 dự án đầu năm 2021",
        "lead": (
            "Ngày 26/2, UBND tỉnh Ninh Bình tổ chức hội nghị gặp mặt doanh nghiệp đầu xuân Tân Sửu và trao quyết định "
            "chủ trương đầu tư cho 12 dự án với tổng vốn đăng ký trên 6.500 tỷ đồng."
        ),
        "paragraphs": [
            (
                "Các dự án được trao quyết định chủ trương đầu tư thuộc nhiều lĩnh vực như sản xuất linh kiện điện tử, "
                "cơ khí chế tạo, chế biến nông sản, thương mại dịch vụ và du lịch. Trong đó có 4 dự án đầu tư vào các "
                "khu công nghiệp Gián Khẩu, Khánh Phú, Phúc Sơn và 3 dự án du lịch, dịch vụ tại huyện Hoa Lư, Nho Quan."
            ),
            (
                "Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh ghi nhận những đóng góp quan trọng của cộng đồng "
                "doanh nghiệp vào kết quả phát triển kinh tế - xã hội của tỉnh trong năm 2020, đặc biệt trong bối cảnh "
                "dịch Covid-19. Tỉnh cam kết tiếp tục cải thiện môi trường đầu tư, kinh doanh, đồng hành, tháo gỡ khó "
                "khăn cho nhà đầu tư."
            ),
            (
                "Đại diện các nhà đầu tư bày tỏ tin tưởng vào môi trường đầu tư của Ninh Bình với hạ tầng giao thông "
                "thuận lợi, nguồn nhân lực dồi dào và chính quyền năng động. Các doanh nghiệp cam kết triển khai dự án "
                "đúng tiến độ, tuân thủ quy định về bảo vệ môi trường, tạo việc làm cho lao động địa phương."
            ),
        ],
        "quote": None,
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Thu hút đầu tư", "Doanh nghiệp"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Lã Văn Thiện",
        "photographer": "Văn Thiện",
        "is_video": False,
        "date": "2021-02-26",
        "image_caption": "Lãnh đạo tỉnh trao quyết định chủ trương đầu tư cho các nhà đầu tư",
    },
    {
        "slug": "1-350-thanh-nien-ninh-binh-len-duong-nhap-ngu-nam-2021",
        "title": "1.350 thanh niên Ninh Bình lên đường nhập ngũ năm 2021",
        "lead": (
            "Sáng 27/2, các huyện, thành phố trong tỉnh Ninh Bình đồng loạt tổ chức lễ giao nhận quân năm 2021. Đã có "
            "1.350 thanh niên ưu tú lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân."
        ),
        "paragraphs": [
            (
                "Lễ giao nhận quân được tổ chức nhanh gọn, trang trọng, an toàn, thời gian không quá 45 phút theo "
                "hướng dẫn của Bộ Quốc phòng nhằm bảo đảm phòng, chống dịch Covid-19. Trước ngày giao quân, toàn bộ "
                "tân binh đã được xét nghiệm, kiểm tra sức khỏe và có kết quả âm tính với vi rút SARS-CoV-2."
            ),
            (
                "Chất lượng tân binh năm nay được nâng lên rõ rệt: 100% đạt sức khỏe từ loại 1 đến loại 3; nhiều thanh "
                "niên có trình độ cao đẳng, đại học; hơn 40 thanh niên là đảng viên. Đặc biệt, nhiều trường hợp đã "
                "tình nguyện viết đơn xin nhập ngũ, thể hiện tinh thần trách nhiệm của tuổi trẻ đối với Tổ quốc."
            ),
            (
                "Tại buổi lễ, lãnh đạo các địa phương đã tặng quà, động viên các tân binh, đề nghị các đơn vị nhận "
                "quân quan tâm, tạo điều kiện để các tân binh sớm ổn định tư tưởng, yên tâm học tập, rèn luyện. Bộ Chỉ "
                "huy Quân sự tỉnh đánh giá công tác tuyển quân năm 2021 đã hoàn thành 100% chỉ tiêu, bảo đảm chặt chẽ, "
                "dân chủ, công khai."
            ),
        ],
        "quote": (
            (
                "Được lên đường nhập ngũ là niềm vinh dự của tuổi trẻ, em sẽ cố gắng rèn luyện, hoàn thành tốt mọi "
                "nhiệm vụ được giao."
            ),
            "Một tân binh huyện Yên Khánh",
        ),
        "category": "quoc-phong-an-ninh",
        "tags": ["Giao nhận quân", "Quân sự địa phương"],
        "source": "own",
        "source_name": "",
        "author": "Trần Hoàng Anh",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-02-27",
        "image_caption": "Tân binh thành phố Ninh Bình trong lễ giao nhận quân năm 2021",
    },
    {
        "slug": "ban-hanh-ke-hoach-chuyen-doi-so-tinh-ninh-binh-nam-2021",
        "title": "Ban hành Kế hoạch chuyển đổi số tỉnh Ninh Bình năm 2021",
        "lead": (
            "UBND tỉnh Ninh Bình vừa ban hành Quyết định số 163/QĐ-UBND phê duyệt Kế hoạch chuyển đổi số tỉnh Ninh "
            "Bình năm 2021, xác định rõ mục tiêu, nhiệm vụ phát triển chính quyền số, kinh tế số và xã hội số."
        ),
        "paragraphs": [
            (
                "Theo Quyết định số 163/QĐ-UBND, mục tiêu năm 2021 là 100% cơ quan nhà nước cấp tỉnh, cấp huyện sử "
                "dụng phần mềm quản lý văn bản và điều hành, gửi nhận văn bản điện tử liên thông bốn cấp chính quyền; "
                "ít nhất 40% thủ tục hành chính được cung cấp trực tuyến mức độ 4; tỷ lệ hồ sơ giải quyết trực tuyến "
                "đạt trên 30%."
            ),
            (
                "Kế hoạch đặt ra nhiều nhiệm vụ trọng tâm như xây dựng Trung tâm điều hành thông minh của tỉnh; hình "
                "thành kho dữ liệu dùng chung; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; phát triển các nền "
                "tảng số trong lĩnh vực y tế, giáo dục, du lịch và nông nghiệp. Đặc biệt, tỉnh ưu tiên ứng dụng công "
                "nghệ số trong quảng bá, quản lý điểm đến du lịch."
            ),
            (
                "UBND tỉnh giao Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì hướng dẫn, đôn đốc các "
                "sở, ngành, địa phương triển khai kế hoạch chuyển đổi số. Các cơ quan, đơn vị phải xây dựng kế hoạch "
                "chi tiết, bố trí nguồn lực và định kỳ báo cáo kết quả thực hiện hằng quý về cơ quan thường trực."
            ),
        ],
        "quote": (
            (
                "Chuyển đổi số trước hết là chuyển đổi nhận thức; người đứng đầu phải trực tiếp chỉ đạo và chịu trách "
                "nhiệm về chuyển đổi số tại cơ quan, đơn vị mình."
            ),
            "Phó Chủ tịch UBND tỉnh Ninh Bình",
        ),
        "category": "chuyen-doi-so",
        "tags": ["Chuyển đổi số", "Chính quyền số"],
        "source": "own",
        "source_name": "",
        "author": "Ngô Quang Minh",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-03-02",
        "image_caption": "Cán bộ Trung tâm Phục vụ hành chính công tỉnh xử lý hồ sơ trên môi trường mạng",
    },
    {
        "slug": "cac-khu-diem-du-lich-ninh-binh-mo-cua-don-khach-tro-lai",
        "title": "Các khu, điểm du lịch Ninh Bình mở cửa đón khách trở lại",
        "lead": (
            "Từ ngày 5/3, các khu, điểm du lịch trên địa bàn tỉnh Ninh Bình như Tràng An, Tam Cốc - Bích Động, chùa "
            "Bái Đính, Cố đô Hoa Lư đã chính thức mở cửa đón khách trở lại sau thời gian tạm dừng để phòng, chống dịch."
        ),
        "paragraphs": [
            (
                "Ngay trong ngày đầu mở cửa, Khu du lịch Tràng An đã đón hàng trăm lượt khách, chủ yếu là khách từ Hà "
                "Nội và các tỉnh lân cận. Tại bến thuyền, du khách được yêu cầu đeo khẩu trang, sát khuẩn tay và khai "
                "báo y tế bằng cách quét mã QR. Mỗi thuyền chỉ chở tối đa 4 khách để bảo đảm khoảng cách."
            ),
            (
                "Ban quản lý các khu du lịch đã tổ chức vệ sinh, khử khuẩn toàn bộ khu vực đón tiếp, nhà chờ, thuyền "
                "đò và các công trình phục vụ khách. Đội ngũ lái đò, nhân viên được tập huấn về quy trình phòng, chống "
                "dịch và xử lý khi phát hiện trường hợp nghi nhiễm."
            ),
            (
                "Sở Du lịch đề nghị các doanh nghiệp lữ hành, cơ sở lưu trú tiếp tục thực hiện nghiêm Bộ tiêu chí an "
                "toàn phòng, chống dịch Covid-19 trong hoạt động du lịch, đồng thời xây dựng các gói sản phẩm kích cầu "
                "phù hợp để thu hút khách nội địa trong giai đoạn tới."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Tràng An", "Tam Cốc", "Covid-19"],
        "source": "own",
        "source_name": "",
        "author": "Nguyễn Minh Hằng",
        "photographer": "Đức Lam",
        "is_video": True,
        "date": "2021-03-05",
        "image_caption": "Du khách đi thuyền tham quan Khu du lịch Tràng An",
    },
    {
        "slug": "nong-dan-ninh-binh-hoan-thanh-gieo-cay-tren-37-000-ha-lua-xuan",
        "title": "Nông dân Ninh Bình hoàn thành gieo cấy trên 37.000 ha lúa xuân",
        "lead": (
            "Đến ngày 10/3, nông dân toàn tỉnh Ninh Bình đã cơ bản hoàn thành gieo cấy trên 37.000 ha lúa xuân, đạt "
            "100% kế hoạch và đúng khung thời vụ tốt nhất theo khuyến cáo của ngành nông nghiệp."
        ),
        "paragraphs": [
            (
                "Để bảo đảm sản xuất thắng lợi, ngay từ đầu vụ, Sở Nông nghiệp và Phát triển nông thôn đã chỉ đạo các "
                "địa phương chủ động bảo đảm nguồn nước, điều tiết lấy nước đổ ải hợp lý. Cơ cấu giống được chuyển "
                "dịch theo hướng tăng diện tích lúa chất lượng cao, trong đó các giống lúa chất lượng như BC15, "
                "TBR225, Bắc thơm số 7 chiếm trên 70% diện tích."
            ),
            (
                "Nhiều địa phương như Yên Khánh, Kim Sơn, Yên Mô tiếp tục mở rộng các cánh đồng lớn, áp dụng đồng bộ "
                "cơ giới hóa từ khâu làm đất đến gieo cấy bằng máy. Tỷ lệ diện tích gieo cấy bằng máy và gieo thẳng "
                "toàn tỉnh đạt khoảng 40%, giúp giảm chi phí nhân công và nâng cao hiệu quả sản xuất cho nông dân."
            ),
            (
                "Ngành nông nghiệp khuyến cáo bà con thường xuyên thăm đồng, chăm sóc, bón phân cân đối, phòng trừ kịp "
                "thời các loại sâu bệnh hại như chuột, ốc bươu vàng và bệnh đạo ôn. Trạm Trồng trọt và Bảo vệ thực vật "
                "các huyện tăng cường điều tra, dự báo để hướng dẫn nông dân phòng trừ đúng thời điểm."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Nông nghiệp", "Vụ xuân"],
        "source": "collected",
        "source_name": "Báo Nhân Dân",
        "author": "Mai Lan Anh",
        "photographer": "Mai Lan",
        "is_video": False,
        "date": "2021-03-10",
        "image_caption": "Nông dân xã Khánh Trung, huyện Yên Khánh chăm sóc lúa xuân",
    },
    {
        "slug": "hoc-tap-quan-triet-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang",
        "title": "Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        "lead": (
            "Ngày 18/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt và triển khai thực hiện "
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng tới gần 3.000 cán bộ chủ chốt của tỉnh."
        ),
        "paragraphs": [
            (
                "Hội nghị được kết nối từ điểm cầu chính tại Trung tâm Hội nghị tỉnh tới các điểm cầu của 8 huyện, "
                "thành phố và đảng ủy trực thuộc. Các đại biểu đã được nghe các báo cáo viên trình bày những nội dung "
                "cơ bản, điểm mới trong các văn kiện Đại hội XIII, trong đó có Báo cáo chính trị, Chiến lược phát "
                "triển kinh tế - xã hội 10 năm 2021 - 2030 và Báo cáo tổng kết công tác xây dựng Đảng."
            ),
            (
                "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị cấp ủy các cấp tổ chức học tập "
                "nghị quyết nghiêm túc, bảo đảm chất lượng, gắn với đặc điểm, tình hình của từng cơ quan, đơn vị. Sau "
                "hội nghị, mỗi cán bộ, đảng viên phải viết bài thu hoạch, xây dựng kế hoạch cá nhân để thực hiện nghị "
                "quyết."
            ),
            (
                "Cũng theo kế hoạch của Ban Thường vụ Tỉnh ủy, trong tháng 4/2021, các huyện ủy, thành ủy và đảng ủy "
                "trực thuộc sẽ hoàn thành việc học tập, quán triệt nghị quyết tới toàn thể đảng viên. Việc tổ chức hội "
                "nghị theo hình thức trực tuyến giúp tiết kiệm chi phí, thời gian, đồng thời bảo đảm yêu cầu phòng, "
                "chống dịch Covid-19."
            ),
        ],
        "quote": None,
        "category": "thoi-su",
        "tags": ["Nghị quyết Đại hội XIII", "Tỉnh ủy"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Trần Hoàng Anh",
        "photographer": "Minh Quang",
        "is_video": False,
        "date": "2021-03-18",
        "image_caption": "Các đại biểu dự hội nghị tại điểm cầu Trung tâm Hội nghị tỉnh",
    },
    {
        "slug": "ra-mat-chuyen-trang-ho-tro-doanh-nghiep-tren-cong-thong-tin-dien-tu-tinh",
        "title": 'Ra mắt chuyên trang "Hỗ trợ doanh nghiệp" trên Cổng Thông tin điện tử tỉnh',
        "lead": (
            'Chuyên trang "Hỗ trợ doanh nghiệp" trên Cổng Thông tin điện tử tỉnh Ninh Bình chính thức đi vào hoạt '
            "động, trở thành kênh thông tin tập trung, chính thống giữa chính quyền với cộng đồng doanh nghiệp và nhà "
            "đầu tư."
        ),
        "paragraphs": [
            (
                "Chuyên trang cung cấp các thông tin về cơ chế, chính sách ưu đãi đầu tư; danh mục dự án kêu gọi đầu "
                "tư; quy hoạch các khu, cụm công nghiệp; thủ tục hành chính trong lĩnh vực đầu tư, doanh nghiệp, đất "
                "đai, xây dựng; chính sách hỗ trợ doanh nghiệp nhỏ và vừa, khởi nghiệp đổi mới sáng tạo và các chương "
                "trình xúc tiến thương mại."
            ),
            (
                "Đặc biệt, chuyên trang có mục tiếp nhận phản ánh, kiến nghị của doanh nghiệp. Các câu hỏi được Ban "
                "Biên tập chuyển đến cơ quan có thẩm quyền để trả lời và công khai kết quả trên chuyên trang, giúp các "
                "doanh nghiệp khác có cùng vướng mắc tham khảo. Thời hạn trả lời được theo dõi, đôn đốc chặt chẽ."
            ),
            (
                "Việc xây dựng chuyên trang là một trong những giải pháp để cải thiện chỉ số năng lực cạnh tranh cấp "
                "tỉnh, nhất là các chỉ số tiếp cận thông tin và tính minh bạch. Ban Biên tập mong nhận được ý kiến "
                "đóng góp của các doanh nghiệp để chuyên trang ngày càng hoàn thiện, đáp ứng tốt nhu cầu của người sử "
                "dụng."
            ),
        ],
        "quote": None,
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Hỗ trợ doanh nghiệp", "Cổng Thông tin điện tử"],
        "source": "own",
        "source_name": "",
        "author": "Ngô Quang Minh",
        "photographer": "",
        "is_video": False,
        "date": "2021-03-24",
        "image_caption": 'Giao diện chuyên trang "Hỗ trợ doanh nghiệp" trên Cổng Thông tin điện tử tỉnh',
    },
    {
        "slug": "cong-an-tinh-ra-quan-bao-dam-an-ninh-trat-tu-phuc-vu-cuoc-bau-cu",
        "title": "Công an tỉnh ra quân bảo đảm an ninh, trật tự phục vụ cuộc bầu cử",
        "lead": (
            "Ngày 2/4, Công an tỉnh Ninh Bình tổ chức lễ ra quân cao điểm bảo đảm an ninh, trật tự phục vụ cuộc bầu cử "
            "đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026."
        ),
        "paragraphs": [
            (
                "Đợt cao điểm kéo dài từ nay đến hết ngày 30/6/2021. Trong thời gian này, lực lượng Công an tỉnh tập "
                "trung nắm chắc tình hình, chủ động phòng ngừa, phát hiện, đấu tranh với các âm mưu, hoạt động chống "
                "phá cuộc bầu cử; tăng cường tuần tra, kiểm soát, bảo đảm tuyệt đối an toàn các mục tiêu, công trình "
                "trọng điểm và các khu vực bỏ phiếu."
            ),
            (
                "Công an các huyện, thành phố đã xây dựng phương án bảo vệ cụ thể cho từng khu vực bỏ phiếu, bố trí "
                "lực lượng công an xã chính quy bám sát địa bàn. Lực lượng chức năng cũng tăng cường quản lý cư trú, "
                "rà soát, cập nhật thông tin công dân, phối hợp với chính quyền cơ sở trong việc lập danh sách cử tri."
            ),
            (
                "Phát biểu tại lễ ra quân, đồng chí Giám đốc Công an tỉnh yêu cầu cán bộ, chiến sĩ nêu cao tinh thần "
                "trách nhiệm, sẵn sàng nhận và hoàn thành tốt mọi nhiệm vụ được giao. Lực lượng công an phải kết hợp "
                "chặt chẽ nhiệm vụ bảo đảm an ninh, trật tự với công tác phòng, chống dịch Covid-19 trên địa bàn."
            ),
        ],
        "quote": None,
        "category": "quoc-phong-an-ninh",
        "tags": ["Công an tỉnh", "An ninh trật tự", "Bầu cử"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Nguyễn Thơm",
        "photographer": "Anh Tuấn",
        "is_video": False,
        "date": "2021-04-02",
        "image_caption": "Lực lượng Công an tỉnh tại lễ ra quân bảo đảm an ninh, trật tự phục vụ bầu cử",
    },
    {
        "slug": "ubnd-tinh-hop-phien-thuong-ky-danh-gia-tinh-hinh-kinh-te-xa-hoi-quy-i-nam-2021",
        "title": "UBND tỉnh họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội quý I năm 2021",
        "lead": (
            "Ngày 6/4, Ủy ban nhân dân tỉnh Ninh Bình tổ chức phiên họp thường kỳ tháng 3 nhằm đánh giá tình hình kinh "
            "tế - xã hội quý I và bàn giải pháp thực hiện nhiệm vụ quý II năm 2021."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Sở Kế hoạch và Đầu tư, quý I năm 2021, tổng sản phẩm trên địa bàn tỉnh ước tăng 6,8% "
                "so với cùng kỳ năm trước. Giá trị sản xuất công nghiệp tăng 9,2%; tổng thu ngân sách nhà nước đạt gần "
                "3.900 tỷ đồng, bằng 28% dự toán. Sản xuất vụ đông xuân được triển khai đúng khung thời vụ, đàn gia "
                "súc, gia cầm phát triển ổn định."
            ),
            (
                "Tuy nhiên, hoạt động du lịch, dịch vụ vẫn bị ảnh hưởng nặng nề do dịch Covid-19 bùng phát tại một số "
                "địa phương trong dịp Tết Nguyên đán; lượng khách đến Ninh Bình giảm mạnh so với cùng kỳ. Tiến độ giải "
                "ngân vốn đầu tư công còn chậm, một số dự án gặp vướng mắc trong công tác giải phóng mặt bằng."
            ),
            (
                "Tại phiên họp, các thành viên UBND tỉnh cũng cho ý kiến vào dự thảo kế hoạch phục hồi hoạt động du "
                "lịch, đề án phát triển giao thông nông thôn giai đoạn 2021 - 2025 và một số nội dung quan trọng khác. "
                "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư "
                "công, chuẩn bị tốt các điều kiện phục vụ bầu cử."
            ),
        ],
        "quote": (
            (
                "Quý II có ý nghĩa quyết định đến mục tiêu tăng trưởng cả năm, các ngành phải bám sát kịch bản tăng "
                "trưởng, tháo gỡ ngay những vướng mắc về mặt bằng cho các dự án."
            ),
            "Chủ tịch UBND tỉnh Ninh Bình",
        ),
        "category": "thoi-su",
        "tags": ["UBND tỉnh", "Kinh tế - xã hội"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Lê Thu Hà",
        "photographer": "",
        "is_video": True,
        "date": "2021-04-06",
        "image_caption": "Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 3",
    },
    {
        "slug": "tiem-vac-xin-phong-covid-19-dot-dau-tien-cho-luc-luong-tuyen-dau-chong-dich",
        "title": "Tiêm vắc-xin phòng Covid-19 đợt đầu tiên cho lực lượng tuyến đầu chống dịch",
        "lead": (
            "Sáng 10/4, tại Bệnh viện Đa khoa tỉnh, ngành y tế Ninh Bình bắt đầu tiêm vắc-xin phòng Covid-19 đợt đầu "
            "tiên cho các nhân viên y tế và lực lượng trực tiếp tham gia phòng, chống dịch."
        ),
        "paragraphs": [
            (
                "Trong đợt này, tỉnh Ninh Bình được phân bổ 4.800 liều vắc-xin AstraZeneca, ưu tiên tiêm cho nhân viên "
                "y tế tại các cơ sở điều trị, khu cách ly tập trung, lực lượng công an, quân đội làm nhiệm vụ tại các "
                "chốt kiểm soát dịch. Việc tiêm chủng được thực hiện tại 8 điểm tiêm thuộc bệnh viện tuyến tỉnh và "
                "trung tâm y tế các huyện, thành phố."
            ),
            (
                "Mỗi điểm tiêm đều được bố trí đầy đủ khu vực khám sàng lọc, khu tiêm và khu theo dõi sau tiêm, có tổ "
                "cấp cứu lưu động túc trực. Người được tiêm được theo dõi 30 phút tại điểm tiêm và tiếp tục tự theo "
                "dõi sức khỏe tại nhà trong 24 giờ, có số điện thoại liên hệ với cán bộ y tế khi cần thiết."
            ),
            (
                "Lãnh đạo Sở Y tế cho biết, đây là đợt tiêm đầu tiên trong kế hoạch triển khai tiêm vắc-xin phòng "
                "Covid-19 năm 2021 - 2022 của tỉnh. Khi được phân bổ thêm vắc-xin, tỉnh sẽ tiếp tục tiêm cho các nhóm "
                "đối tượng ưu tiên theo Nghị quyết 21/NQ-CP của Chính phủ, tiến tới tiêm chủng cho toàn dân."
            ),
        ],
        "quote": (
            "Được tiêm vắc-xin, chúng tôi yên tâm hơn khi làm nhiệm vụ tại khu điều trị và khu cách ly.",
            "Một điều dưỡng Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh",
        ),
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Tiêm chủng"],
        "source": "own",
        "source_name": "",
        "author": "Hoàng Thị Hải Yến",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-04-10",
        "image_caption": "Nhân viên y tế Bệnh viện Đa khoa tỉnh được tiêm vắc-xin phòng Covid-19",
    },
    {
        "slug": "niem-yet-danh-sach-cu-tri-tai-gan-1-400-khu-vuc-bo-phieu",
        "title": "Niêm yết danh sách cử tri tại gần 1.400 khu vực bỏ phiếu",
        "lead": (
            "Đúng ngày 13/4, các tổ bầu cử trên địa bàn tỉnh Ninh Bình đã đồng loạt niêm yết danh sách cử tri tại gần "
            "1.400 khu vực bỏ phiếu để cử tri kiểm tra, đối chiếu thông tin."
        ),
        "paragraphs": [
            (
                "Tại phường Đông Thành, thành phố Ninh Bình, danh sách cử tri được niêm yết tại nhà văn hóa các tổ dân "
                "phố và trụ sở Ủy ban nhân dân phường. Nhiều cử tri đã đến xem, kiểm tra họ tên, ngày sinh, địa chỉ "
                "của bản thân và người thân trong gia đình. Những sai sót được cán bộ tiếp nhận, điều chỉnh kịp thời."
            ),
            (
                "Theo Ủy ban bầu cử tỉnh, toàn tỉnh có trên 730.000 cử tri. Việc lập danh sách cử tri được thực hiện "
                "chặt chẽ, bảo đảm không bỏ sót cử tri và mỗi cử tri chỉ được ghi tên vào một danh sách cử tri ở nơi "
                "mình thường trú hoặc tạm trú. Các trường hợp cử tri đang điều trị tại bệnh viện, cách ly tập trung "
                "được lập danh sách riêng."
            ),
            (
                "Theo quy định, trong thời hạn 30 ngày kể từ ngày niêm yết, nếu thấy có sai sót trong danh sách cử tri "
                "thì công dân có quyền khiếu nại với cơ quan lập danh sách. Ủy ban bầu cử tỉnh đề nghị cử tri chủ động "
                "kiểm tra thông tin để thực hiện đầy đủ quyền, nghĩa vụ công dân trong ngày bầu cử 23/5."
            ),
        ],
        "quote": None,
        "category": "bau-cu",
        "tags": ["Bầu cử", "Danh sách cử tri"],
        "source": "own",
        "source_name": "",
        "author": "Phạm Thu Trang",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-04-14",
        "image_caption": "Cử tri phường Đông Thành, thành phố Ninh Bình kiểm tra thông tin trên danh sách cử tri",
    },
    {
        "slug": "dien-tap-chien-dau-phong-thu-xa-nam-2021-tai-huyen-nho-quan",
        "title": "Diễn tập chiến đấu phòng thủ xã năm 2021 tại huyện Nho Quan",
        "lead": (
            "Ngày 15/4, dưới sự chỉ đạo của Bộ Chỉ huy Quân sự tỉnh Ninh Bình, các xã Thạch Bình và Phú Sơn, huyện Nho "
            "Quan đã tổ chức thành công diễn tập chiến đấu phòng thủ năm 2021."
        ),
        "paragraphs": [
            (
                "Cuộc diễn tập nhằm nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền xã trong xử "
                "lý các tình huống quốc phòng, an ninh, phòng chống thiên tai, dịch bệnh; đồng thời kiểm tra khả năng "
                "hiệp đồng giữa các lực lượng dân quân, công an xã và các ban, ngành, đoàn thể trong khu vực phòng thủ."
            ),
            (
                "Trong quá trình diễn tập, các xã đã xử lý thành thạo nhiều tình huống như chuyển địa phương vào các "
                "trạng thái sẵn sàng chiến đấu, xử lý tình huống dịch bệnh, tìm kiếm cứu nạn và bảo vệ mục tiêu trên "
                "địa bàn. Phần thực binh được tổ chức chặt chẽ, an toàn, sát với thực tế chiến đấu."
            ),
            (
                "Đánh giá kết quả, đại diện Bộ Chỉ huy Quân sự tỉnh cho biết, cuộc diễn tập đạt mục đích, yêu cầu đề "
                "ra, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị. Qua diễn tập, các xã có thêm kinh nghiệm "
                "trong xây dựng khu vực phòng thủ vững chắc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã "
                "hội ở cơ sở."
            ),
        ],
        "quote": None,
        "category": "quoc-phong-an-ninh",
        "tags": ["Diễn tập", "Quân sự địa phương"],
        "source": "collected",
        "source_name": "Báo Quân đội nhân dân",
        "author": "Đỗ Mạnh Cường",
        "photographer": "Mạnh Cường",
        "is_video": False,
        "date": "2021-04-15",
        "image_caption": "Lực lượng dân quân thực hành diễn tập chiến đấu phòng thủ xã",
    },
    {
        "slug": "ninh-binh-tham-gia-chuong-trinh-kich-cau-nguoi-viet-nam-di-du-lich-viet-nam",
        "title": 'Ninh Bình tham gia chương trình kích cầu "Người Việt Nam đi du lịch Việt Nam"',
        "lead": (
            "Hưởng ứng chương trình kích cầu du lịch nội địa, nhiều doanh nghiệp du lịch tại Ninh Bình đã công bố các "
            "gói sản phẩm giảm giá từ 20% đến 50%, hướng tới thu hút khách trong dịp nghỉ lễ 30/4 và 1/5."
        ),
        "paragraphs": [
            (
                "Các gói sản phẩm tập trung vào những tuyến du lịch đặc trưng như Tràng An - Bái Đính, Tam Cốc - Hang "
                "Múa, Cúc Phương - Vân Long, kết hợp nghỉ dưỡng tại các khu nghỉ dưỡng, homestay ven núi. Nhiều cơ sở "
                "lưu trú miễn phí cho trẻ em dưới 10 tuổi, tặng kèm vé tham quan hoặc suất ăn đặc sản dê núi, cơm cháy "
                "Ninh Bình."
            ),
            (
                "Hiệp hội Du lịch tỉnh cho biết, các doanh nghiệp cam kết giảm giá nhưng không giảm chất lượng dịch "
                "vụ, đồng thời bảo đảm các điều kiện an toàn phòng dịch. Chương trình còn được quảng bá trên các nền "
                "tảng số, mạng xã hội để tiếp cận nhiều đối tượng khách, đặc biệt là khách gia đình và khách trẻ."
            ),
            (
                "Theo Sở Du lịch, quý I năm 2021, Ninh Bình đón khoảng 1,2 triệu lượt khách, giảm mạnh so với cùng kỳ "
                "do ảnh hưởng của dịch bệnh. Ngành du lịch kỳ vọng chương trình kích cầu sẽ góp phần phục hồi thị "
                "trường, tạo việc làm trở lại cho hàng nghìn lao động trong ngành."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Kích cầu du lịch", "Năm Du lịch quốc gia 2021"],
        "source": "collected",
        "source_name": "Tổng cục Du lịch",
        "author": "Lê Hồng Nhung",
        "photographer": "",
        "is_video": False,
        "date": "2021-04-18",
        "image_caption": "Du khách tham quan chùa Bái Đính",
    },
    {
        "slug": "le-hoi-hoa-lu-nam-2021-chi-to-chuc-phan-le-de-phong-chong-dich",
        "title": "Lễ hội Hoa Lư năm 2021 chỉ tổ chức phần lễ để phòng, chống dịch",
        "lead": (
            "Lễ hội Hoa Lư năm 2021 diễn ra từ ngày 17 đến 19/4 tại Khu di tích lịch sử văn hóa Cố đô Hoa Lư, huyện "
            "Hoa Lư chỉ tổ chức phần lễ với quy mô nhỏ, bảo đảm các quy định phòng, chống dịch Covid-19."
        ),
        "paragraphs": [
            (
                "Lễ hội Hoa Lư được tổ chức hằng năm nhằm tưởng nhớ công lao của Vua Đinh Tiên Hoàng, người có công "
                "thống nhất đất nước, lập nên nhà nước Đại Cồ Việt, và Vua Lê Đại Hành, người có công đánh Tống, bình "
                'Chiêm. Năm 2021, lễ hội nằm trong chuỗi sự kiện của Năm Du lịch quốc gia "Hoa Lư - Cố đô ngàn năm".'
            ),
            (
                "Phần lễ gồm các nghi thức truyền thống như lễ rước nước, lễ tế, lễ dâng hương tại Đền thờ Vua Đinh "
                "Tiên Hoàng và Đền thờ Vua Lê Đại Hành được thực hiện trang nghiêm. Các hoạt động phần hội như thi đấu "
                "thể thao, trò chơi dân gian và biểu diễn nghệ thuật tạm dừng tổ chức để tránh tập trung đông người."
            ),
            (
                "Ban Tổ chức đã bố trí lực lượng hướng dẫn du khách, nhân dân đến dâng hương thực hiện nghiêm việc đeo "
                "khẩu trang, khai báo y tế và giữ khoảng cách. Đồng thời, lễ hội được truyền hình trực tiếp trên sóng "
                "Đài Phát thanh - Truyền hình Ninh Bình để nhân dân, du khách theo dõi từ xa."
            ),
        ],
        "quote": None,
        "category": "van-hoa-xa-hoi",
        "tags": ["Lễ hội Hoa Lư", "Cố đô Hoa Lư"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Mai Lan Anh",
        "photographer": "Mai Lan",
        "is_video": False,
        "date": "2021-04-19",
        "image_caption": "Nghi lễ rước kiệu tại Đền thờ Vua Đinh Tiên Hoàng",
    },
    {
        "slug": "day-manh-chuyen-doi-so-xay-dung-chinh-phu-so-phuc-vu-nguoi-dan-va-doanh-nghiep",
        "title": "Đẩy mạnh chuyển đổi số, xây dựng Chính phủ số phục vụ người dân và doanh nghiệp",
        "lead": (
            "Gần một năm sau khi Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia tại Quyết định số "
            "749/QĐ-TTg, chuyển đổi số đã trở thành xu thế tất yếu, được các bộ, ngành, địa phương triển khai quyết "
            "liệt."
        ),
        "paragraphs": [
            (
                "Theo Bộ Thông tin và Truyền thông, đến nay đã có nhiều bộ, ngành và tỉnh, thành phố ban hành nghị "
                "quyết, đề án hoặc kế hoạch chuyển đổi số. Cổng Dịch vụ công quốc gia đã tích hợp hàng nghìn dịch vụ "
                "công trực tuyến, thu hút hàng triệu tài khoản đăng ký, giúp tiết kiệm hàng nghìn tỷ đồng chi phí xã "
                "hội mỗi năm."
            ),
            (
                "Chương trình chuyển đổi số quốc gia xác định ba trụ cột là phát triển Chính phủ số, kinh tế số và xã "
                "hội số. Trong đó, người dân là trung tâm của chuyển đổi số, mọi dịch vụ công cần được thiết kế theo "
                "hướng lấy người dùng làm trung tâm, đơn giản, dễ sử dụng, cá nhân hóa."
            ),
            (
                "Bộ Thông tin và Truyền thông đề nghị các địa phương tập trung phát triển hạ tầng số, nền tảng số, dữ "
                "liệu số và bảo đảm an toàn thông tin mạng; quan tâm đào tạo, phổ cập kỹ năng số cho người dân. Người "
                "đứng đầu cơ quan, tổ chức phải trực tiếp phụ trách chuyển đổi số, không giao phó cho bộ phận công "
                "nghệ thông tin."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Chuyển đổi số", "Chính phủ số"],
        "source": "collected",
        "source_name": "Cổng TTĐT Chính phủ",
        "author": "Nguyễn Hoàng Nam",
        "photographer": "",
        "is_video": False,
        "date": "2021-04-20",
        "image_caption": "Người dân thực hiện dịch vụ công trực tuyến qua Cổng Dịch vụ công quốc gia",
    },
    {
        "slug": "kim-son-phat-trien-nuoi-trong-thuy-san-vung-bai-boi-ven-bien",
        "title": "Kim Sơn phát triển nuôi trồng thủy sản vùng bãi bồi ven biển",
        "lead": (
            "Với lợi thế vùng bãi bồi ven biển rộng lớn, huyện Kim Sơn đang đẩy mạnh phát triển nuôi trồng thủy sản "
            "theo hướng công nghệ cao, trở thành vùng sản xuất thủy sản trọng điểm của tỉnh Ninh Bình."
        ),
        "paragraphs": [
            (
                "Hiện nay, toàn huyện Kim Sơn có khoảng 2.800 ha diện tích nuôi trồng thủy sản, tập trung tại các xã "
                "Kim Hải, Kim Trung, Kim Đông và Cồn Thoi. Bên cạnh các đối tượng truyền thống như ngao, cua, cá vược, "
                "nhiều hộ dân đã đầu tư nuôi tôm thẻ chân trắng trong nhà màng, ao lót bạt, cho năng suất từ 15 đến 20 "
                "tấn/ha mỗi vụ."
            ),
            (
                "Anh Phạm Văn Thuận ở xã Kim Hải cho biết, với 8 ao nuôi tôm theo quy trình công nghệ cao, mỗi năm gia "
                "đình anh nuôi được 3 vụ, sau khi trừ chi phí thu lãi trên 1 tỷ đồng. Mô hình còn tạo việc làm thường "
                "xuyên cho 10 lao động địa phương với mức thu nhập ổn định."
            ),
            (
                "Để phát triển bền vững, huyện Kim Sơn đang tập trung hoàn thiện hạ tầng vùng nuôi, đặc biệt là hệ "
                "thống cấp, thoát nước riêng biệt và hệ thống điện. Đồng thời khuyến khích người dân liên kết với "
                "doanh nghiệp, áp dụng tiêu chuẩn VietGAP và xây dựng thương hiệu cho sản phẩm thủy sản Kim Sơn."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Thủy sản", "Kim Sơn"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Lã Văn Thiện",
        "photographer": "Văn Thiện",
        "is_video": False,
        "date": "2021-04-22",
        "image_caption": "Thu hoạch tôm thẻ chân trắng tại vùng bãi bồi xã Kim Hải, huyện Kim Sơn",
    },
    {
        "slug": "khoi-cong-nha-may-san-xuat-linh-kien-dien-tu-tai-khu-cong-nghiep-khanh-phu",
        "title": "Khởi công nhà máy sản xuất linh kiện điện tử tại Khu công nghiệp Khánh Phú",
        "lead": (
            "Ngày 28/4, một doanh nghiệp có vốn đầu tư nước ngoài đã khởi công xây dựng nhà máy sản xuất linh kiện "
            "điện tử tại Khu công nghiệp Khánh Phú, huyện Yên Khánh, với tổng vốn đầu tư khoảng 50 triệu USD."
        ),
        "paragraphs": [
            (
                "Nhà máy được xây dựng trên diện tích gần 8 ha, sản xuất các loại bảng mạch điện tử, linh kiện cho "
                "thiết bị viễn thông và điện gia dụng, phục vụ xuất khẩu. Khi đi vào hoạt động ổn định, dự kiến năm "
                "2023, nhà máy sẽ tạo việc làm cho khoảng 2.000 lao động, đóng góp đáng kể vào giá trị sản xuất công "
                "nghiệp và thu ngân sách của tỉnh."
            ),
            (
                "Ban Quản lý các khu công nghiệp tỉnh cho biết, thời gian qua, để thu hút các dự án công nghệ cao, "
                "thân thiện với môi trường, tỉnh đã chú trọng hoàn thiện hạ tầng các khu công nghiệp, rút ngắn thời "
                "gian giải quyết thủ tục đầu tư. Nhà đầu tư được hướng dẫn, hỗ trợ ngay từ khâu khảo sát địa điểm đến "
                "khi dự án đi vào hoạt động."
            ),
            (
                "Phát biểu tại lễ khởi công, lãnh đạo UBND tỉnh đề nghị chủ đầu tư và các nhà thầu bảo đảm tiến độ, "
                "chất lượng công trình, an toàn lao động, đồng thời thực hiện nghiêm các biện pháp phòng, chống dịch "
                "Covid-19 trong quá trình thi công. Các sở, ngành liên quan được yêu cầu tạo điều kiện thuận lợi nhất "
                "để dự án sớm hoàn thành."
            ),
        ],
        "quote": None,
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Thu hút đầu tư", "Khu công nghiệp"],
        "source": "collected",
        "source_name": "TTXVN",
        "author": "Lã Văn Thiện",
        "photographer": "Văn Thiện",
        "is_video": False,
        "date": "2021-04-28",
        "image_caption": "Các đại biểu thực hiện nghi thức khởi công dự án tại Khu công nghiệp Khánh Phú",
    },
    {
        "slug": "ninh-binh-tam-dung-mot-so-dich-vu-khong-thiet-yeu-de-phong-chong-dich",
        "title": "Ninh Bình tạm dừng một số dịch vụ không thiết yếu để phòng, chống dịch",
        "lead": (
            "Chủ tịch UBND tỉnh Ninh Bình vừa ký công văn yêu cầu tạm dừng hoạt động các cơ sở karaoke, vũ trường, "
            "quán bar, phòng tập thể hình và các dịch vụ không thiết yếu trên địa bàn tỉnh từ 0 giờ ngày 9/5/2021."
        ),
        "paragraphs": [
            (
                "Theo văn bản, các địa phương không tổ chức lễ hội, sự kiện, hoạt động văn hóa, thể thao tập trung "
                "đông người; hạn chế tổ chức các cuộc họp, hội nghị không thật sự cần thiết. Đám cưới chỉ tổ chức với "
                "số lượng không quá 30 người, đám tang phải thực hiện nghiêm các biện pháp phòng dịch và hạn chế tối "
                "đa số người tham dự."
            ),
            (
                "Các nhà hàng, quán ăn được phép hoạt động nhưng phải bảo đảm khoảng cách, bố trí nước sát khuẩn và "
                "yêu cầu khách hàng đeo khẩu trang khi không ăn uống. Các khu, điểm du lịch, cơ sở tôn giáo, tín "
                "ngưỡng phải thực hiện nghiêm việc kiểm soát lượng khách, quét mã QR hoặc ghi chép thông tin khách đến "
                "tham quan."
            ),
            (
                "UBND tỉnh giao Công an tỉnh, Sở Y tế và UBND các huyện, thành phố tăng cường kiểm tra, xử lý nghiêm "
                "các trường hợp vi phạm quy định phòng, chống dịch. Người dân được khuyến cáo chỉ ra khỏi nhà khi cần "
                "thiết, thực hiện đúng thông điệp 5K và cài đặt ứng dụng Bluezone trên điện thoại thông minh."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Văn bản chỉ đạo"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Vũ Thanh Hương",
        "photographer": "",
        "is_video": False,
        "date": "2021-05-08",
        "image_caption": "Lực lượng chức năng kiểm tra việc chấp hành quy định phòng dịch tại thành phố Ninh Bình",
    },
    {
        "slug": "nguoi-ung-cu-dai-bieu-quoc-hoi-tiep-xuc-cu-tri-van-dong-bau-cu",
        "title": "Người ứng cử đại biểu Quốc hội tiếp xúc cử tri, vận động bầu cử",
        "lead": (
            "Từ ngày 5 đến ngày 10/5, những người ứng cử đại biểu Quốc hội khóa XV tại tỉnh Ninh Bình đã tiếp xúc cử "
            "tri tại các huyện, thành phố thuộc hai đơn vị bầu cử để trình bày chương trình hành động."
        ),
        "paragraphs": [
            (
                "Các hội nghị tiếp xúc cử tri được Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Ủy ban bầu cử "
                "tỉnh tổ chức chặt chẽ, dân chủ, bảo đảm các biện pháp phòng, chống dịch Covid-19. Mỗi hội nghị bố trí "
                "số lượng cử tri phù hợp, kết hợp hình thức trực tiếp với trực tuyến tại một số điểm cầu."
            ),
            (
                "Trong chương trình hành động, những người ứng cử tập trung vào các vấn đề như hoàn thiện thể chế, "
                "phát triển kinh tế - xã hội gắn với đặc thù của địa phương, phát triển du lịch di sản, nông nghiệp "
                "công nghệ cao, chăm lo an sinh xã hội. Nhiều người ứng cử cam kết sẽ lắng nghe, phản ánh trung thực ý "
                "kiến, nguyện vọng của cử tri tới Quốc hội."
            ),
            (
                "Cử tri các huyện Nho Quan, Gia Viễn, Hoa Lư bày tỏ sự tin tưởng vào những người ứng cử và mong muốn "
                "các đại biểu trúng cử sẽ quan tâm hơn nữa tới đầu tư hạ tầng giao thông, thủy lợi ở vùng nông thôn, "
                "miền núi; nâng cao chất lượng y tế cơ sở và có chính sách hỗ trợ người dân bị ảnh hưởng bởi dịch bệnh."
            ),
        ],
        "quote": None,
        "category": "bau-cu",
        "tags": ["Bầu cử", "Tiếp xúc cử tri"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Trần Hoàng Anh",
        "photographer": "",
        "is_video": False,
        "date": "2021-05-10",
        "image_caption": "Hội nghị tiếp xúc cử tri của người ứng cử đại biểu Quốc hội tại huyện Nho Quan",
    },
    {
        "slug": "trung-tam-phuc-vu-hanh-chinh-cong-tinh-nang-cao-ty-le-ho-so-truc-tuyen",
        "title": "Trung tâm Phục vụ hành chính công tỉnh nâng cao tỷ lệ hồ sơ trực tuyến",
        "lead": (
            "Từ đầu năm 2021 đến nay, Trung tâm Phục vụ hành chính công tỉnh Ninh Bình đã tiếp nhận trên 45.000 hồ sơ "
            "thủ tục hành chính, trong đó tỷ lệ hồ sơ nộp trực tuyến tăng mạnh so với cùng kỳ."
        ),
        "paragraphs": [
            (
                "Hiện nay, Trung tâm đang tiếp nhận, giải quyết gần 1.800 thủ tục hành chính thuộc thẩm quyền của các "
                "sở, ban, ngành. Tỉnh đã cung cấp trên 1.000 dịch vụ công trực tuyến mức độ 3, 4 trên Cổng Dịch vụ "
                "công của tỉnh, trong đó nhiều dịch vụ đã được tích hợp, đồng bộ với Cổng Dịch vụ công quốc gia."
            ),
            (
                "Để khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, Trung tâm bố trí khu vực hỗ "
                "trợ với máy tính kết nối Internet và đội ngũ công chức trực tiếp hướng dẫn. Người dân có thể theo dõi "
                "tiến độ giải quyết hồ sơ qua tin nhắn, tra cứu trên Cổng Dịch vụ công hoặc nhận kết quả qua dịch vụ "
                "bưu chính công ích."
            ),
            (
                "Việc đẩy mạnh tiếp nhận hồ sơ trực tuyến không chỉ giúp giảm thời gian, chi phí đi lại cho người dân "
                "mà còn hạn chế tiếp xúc trực tiếp, phù hợp với yêu cầu phòng, chống dịch Covid-19. Đây cũng là nền "
                "tảng quan trọng để tỉnh thực hiện mục tiêu chuyển đổi số trong hoạt động của cơ quan nhà nước."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Dịch vụ công trực tuyến", "Cải cách hành chính"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Lê Thu Hà",
        "photographer": "Minh Quang",
        "is_video": False,
        "date": "2021-05-18",
        "image_caption": (
            "Công chức hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh"
        ),
    },
    {
        "slug": "kiem-tra-cong-tac-phong-chong-thien-tai-truoc-mua-mua-bao-nam-2021",
        "title": "Kiểm tra công tác phòng, chống thiên tai trước mùa mưa bão năm 2021",
        "lead": (
            "Ngày 20/5, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Ninh Bình kiểm tra công tác chuẩn "
            "bị ứng phó với mùa mưa bão năm 2021 tại các huyện Kim Sơn, Yên Khánh và Gia Viễn."
        ),
        "paragraphs": [
            (
                "Đoàn đã kiểm tra thực địa tuyến đê biển Bình Minh, các cống dưới đê, hệ thống trạm bơm tiêu úng và "
                "kho vật tư dự trữ phòng, chống lụt bão. Theo báo cáo, toàn tỉnh hiện có hơn 600 km đê các loại; trước "
                "mùa mưa bão, các địa phương đã xử lý dứt điểm nhiều vị trí xung yếu, nạo vét kênh mương và tu sửa các "
                "công trình thủy lợi."
            ),
            (
                "Các địa phương đã kiện toàn ban chỉ huy phòng, chống thiên tai các cấp, xây dựng phương án ứng phó "
                'theo phương châm "bốn tại chỗ", chuẩn bị đầy đủ vật tư, phương tiện, lực lượng. Riêng huyện Kim Sơn '
                "đã có phương án sơ tán người dân tại vùng bãi bồi ven biển và hướng dẫn tàu thuyền vào nơi trú ẩn an "
                "toàn khi có bão."
            ),
            (
                "Trưởng đoàn kiểm tra đề nghị các địa phương không chủ quan, tiếp tục rà soát các trọng điểm xung yếu "
                "để có phương án bảo vệ; tăng cường tuyên truyền để người dân nâng cao ý thức phòng, chống thiên tai, "
                "đuối nước. Đồng thời cần lồng ghép phương án ứng phó thiên tai với công tác phòng, chống dịch "
                "Covid-19 khi phải sơ tán dân."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Phòng, chống thiên tai", "Đê điều"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Bùi Văn Tâm",
        "photographer": "",
        "is_video": False,
        "date": "2021-05-20",
        "image_caption": "Đoàn kiểm tra tuyến đê biển Bình Minh, huyện Kim Sơn",
    },
    {
        "slug": "cu-tri-ninh-binh-no-nuc-di-bau-cu-dai-bieu-quoc-hoi-va-hdnd-cac-cap",
        "title": "Cử tri Ninh Bình nô nức đi bầu cử đại biểu Quốc hội và HĐND các cấp",
        "lead": (
            "Sáng 23/5, trên 730.000 cử tri tỉnh Ninh Bình đã nô nức đến các khu vực bỏ phiếu để bầu đại biểu Quốc hội "
            "khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026."
        ),
        "paragraphs": [
            (
                "Ngay từ sáng sớm, tại các khu vực bỏ phiếu ở thành phố Ninh Bình, huyện Hoa Lư, Kim Sơn, Nho Quan, "
                "không khí ngày hội đã lan tỏa khắp các thôn, xóm, tổ dân phố. Đúng 7 giờ, các tổ bầu cử đồng loạt tổ "
                "chức lễ khai mạc, kiểm tra hòm phiếu trước sự chứng kiến của cử tri và bắt đầu cuộc bỏ phiếu."
            ),
            (
                "Công tác phòng, chống dịch Covid-19 được thực hiện nghiêm túc tại tất cả các khu vực bỏ phiếu. Cử tri "
                "được đo thân nhiệt, sát khuẩn tay, đeo khẩu trang và giữ khoảng cách khi xếp hàng. Đối với cử tri "
                "đang cách ly, ốm đau, người cao tuổi không thể đến khu vực bỏ phiếu, tổ bầu cử mang hòm phiếu phụ đến "
                "tận nơi để cử tri thực hiện quyền bầu cử."
            ),
            (
                "Tính đến 19 giờ cùng ngày, nhiều khu vực bỏ phiếu đã có 100% cử tri đi bầu. Toàn tỉnh không có khu "
                "vực nào phải tổ chức bầu cử lại. Ủy ban bầu cử tỉnh đánh giá cuộc bầu cử diễn ra dân chủ, đúng pháp "
                "luật, an toàn và thực sự là ngày hội của toàn dân."
            ),
        ],
        "quote": (
            (
                "Được cầm lá phiếu trong tay, tôi mong những người trúng cử sẽ luôn gần dân, nói đúng tiếng nói của "
                "nhân dân."
            ),
            "Một cử tri 85 tuổi ở xã Trường Yên, huyện Hoa Lư",
        ),
        "category": "bau-cu",
        "tags": ["Bầu cử", "Ngày hội toàn dân"],
        "source": "own",
        "source_name": "",
        "author": "Phạm Thu Trang",
        "photographer": "Hoàng Hiếu",
        "is_video": True,
        "date": "2021-05-23",
        "image_caption": "Cử tri cao tuổi bỏ phiếu tại khu vực bỏ phiếu số 3, xã Trường Yên, huyện Hoa Lư",
    },
    {
        "slug": "cong-bo-ket-qua-bau-cu-dai-bieu-hoi-dong-nhan-dan-tinh-khoa-xv",
        "title": "Công bố kết quả bầu cử đại biểu Hội đồng nhân dân tỉnh khóa XV",
        "lead": (
            "Ngày 28/5, Ủy ban bầu cử tỉnh Ninh Bình đã công bố kết quả bầu cử và danh sách 50 người trúng cử đại biểu "
            "Hội đồng nhân dân tỉnh khóa XV, nhiệm kỳ 2021 - 2026."
        ),
        "paragraphs": [
            (
                "Theo đó, tổng số cử tri đã tham gia bỏ phiếu đạt 99,8% tổng số cử tri trong danh sách. Toàn tỉnh bầu "
                "đủ 50 đại biểu Hội đồng nhân dân tỉnh tại 14 đơn vị bầu cử. Trong số đại biểu trúng cử có 16 đại biểu "
                "nữ, chiếm 32%; 8 đại biểu trẻ dưới 40 tuổi; 4 đại biểu là người ngoài Đảng và 2 đại biểu là chức sắc "
                "tôn giáo."
            ),
            (
                "Trình độ của các đại biểu trúng cử được nâng lên so với nhiệm kỳ trước, 100% đại biểu có trình độ đại "
                "học trở lên, trong đó nhiều đại biểu có trình độ thạc sĩ, tiến sĩ. Cơ cấu đại biểu bảo đảm tính đại "
                "diện của các cơ quan, tổ chức, các tầng lớp nhân dân, các vùng, miền trong tỉnh."
            ),
            (
                "Cùng với kết quả bầu cử Hội đồng nhân dân tỉnh, các huyện, thành phố và xã, phường, thị trấn cũng đã "
                "công bố kết quả bầu cử đại biểu Hội đồng nhân dân cấp mình. Ủy ban bầu cử tỉnh đề nghị các địa phương "
                "tập trung hoàn thiện hồ sơ, chuẩn bị tốt các điều kiện để tổ chức kỳ họp thứ nhất Hội đồng nhân dân "
                "các cấp."
            ),
        ],
        "quote": None,
        "category": "bau-cu",
        "tags": ["Bầu cử", "HĐND tỉnh"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Nguyễn Thơm",
        "photographer": "",
        "is_video": False,
        "date": "2021-05-28",
        "image_caption": "Ủy ban bầu cử tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh khóa XV",
    },
    {
        "slug": "ngam-mua-lua-chin-tam-coc-qua-chuong-trinh-quang-ba-truc-tuyen",
        "title": "Ngắm mùa lúa chín Tam Cốc qua chương trình quảng bá trực tuyến",
        "lead": (
            'Do ảnh hưởng của dịch Covid-19, Tuần du lịch "Sắc vàng Tam Cốc - Tràng An" năm 2021 không tổ chức theo '
            "hình thức truyền thống; thay vào đó, ngành du lịch Ninh Bình quảng bá vẻ đẹp mùa lúa chín qua các video "
            "và chương trình trực tuyến."
        ),
        "paragraphs": [
            (
                "Cuối tháng 5, những cánh đồng lúa ven sông Ngô Đồng chuyển sang màu vàng óng, tạo nên bức tranh thiên "
                "nhiên độc đáo giữa núi đá vôi. Các bộ phim ngắn được ghi hình bằng flycam đã giới thiệu với khán giả "
                "hành trình đi thuyền trên sông Ngô Đồng qua hang Cả, hang Hai, hang Ba cùng khung cảnh lao động của "
                "người nông dân."
            ),
            (
                "Chương trình quảng bá được phát sóng trên sóng Đài Phát thanh - Truyền hình Ninh Bình, Cổng Thông tin "
                "điện tử tỉnh và các trang mạng xã hội của ngành du lịch, thu hút hàng trăm nghìn lượt xem. Nhiều khán "
                "giả để lại bình luận bày tỏ mong muốn được đến Ninh Bình khi dịch bệnh được kiểm soát."
            ),
            (
                "Đại diện Sở Du lịch cho biết, việc ứng dụng công nghệ số trong quảng bá là hướng đi cần thiết trong "
                "bối cảnh dịch bệnh, giúp duy trì hình ảnh điểm đến trong tâm trí du khách. Sau mùa lúa chín, ngành du "
                "lịch sẽ tiếp tục xây dựng các chương trình quảng bá trực tuyến về mùa sen Tam Cốc, mùa chim Vân Long."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Tam Cốc", "Quảng bá du lịch"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Bùi Văn Tâm",
        "photographer": "",
        "is_video": True,
        "date": "2021-05-28",
        "image_caption": "Cánh đồng lúa chín vàng ven sông Ngô Đồng, Tam Cốc",
    },
    {
        "slug": "hon-12-000-thi-sinh-du-ky-thi-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2021-2022",
        "title": "Hơn 12.000 thí sinh dự kỳ thi tuyển sinh vào lớp 10 THPT năm học 2021 - 2022",
        "lead": (
            "Ngày 10/6, hơn 12.000 thí sinh trong tỉnh Ninh Bình bước vào kỳ thi tuyển sinh vào lớp 10 trung học phổ "
            "thông năm học 2021 - 2022, với các biện pháp phòng, chống dịch Covid-19 được thực hiện nghiêm ngặt."
        ),
        "paragraphs": [
            (
                "Kỳ thi được tổ chức tại 30 điểm thi với 3 bài thi là Ngữ văn, Toán và bài thi tổ hợp. Riêng thí sinh "
                "dự thi vào Trường THPT chuyên Lương Văn Tụy làm thêm bài thi môn chuyên. Tại các điểm thi, thí sinh "
                "được đo thân nhiệt, sát khuẩn tay, đeo khẩu trang và khai báo y tế trước khi vào phòng thi."
            ),
            (
                "Sở Giáo dục và Đào tạo đã bố trí phòng thi dự phòng tại mỗi điểm thi dành cho thí sinh có biểu hiện "
                "sốt, ho; chuẩn bị phương án tổ chức thi riêng cho những thí sinh thuộc diện cách ly. Lực lượng công "
                "an, y tế, điện lực được huy động hỗ trợ, bảo đảm kỳ thi diễn ra an toàn, nghiêm túc."
            ),
            (
                "Theo đánh giá của Ban Chỉ đạo thi, buổi thi đầu tiên diễn ra an toàn, đúng quy chế, không có thí sinh "
                "vi phạm. Đề thi bám sát chương trình, có tính phân loại, phù hợp với điều kiện học tập của học sinh "
                "trong năm học bị ảnh hưởng bởi dịch bệnh."
            ),
        ],
        "quote": None,
        "category": "van-hoa-xa-hoi",
        "tags": ["Giáo dục", "Tuyển sinh lớp 10"],
        "source": "own",
        "source_name": "",
        "author": "Lê Thu Hà",
        "photographer": "Minh Quang",
        "is_video": False,
        "date": "2021-06-10",
        "image_caption": "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Đinh Tiên Hoàng",
    },
    {
        "slug": "nang-suat-lua-xuan-nam-2021-dat-cao-nhat-tu-truoc-den-nay",
        "title": "Năng suất lúa xuân năm 2021 đạt cao nhất từ trước đến nay",
        "lead": (
            "Vụ xuân năm 2021, năng suất lúa bình quân toàn tỉnh Ninh Bình ước đạt 68,5 tạ/ha, tăng gần 2 tạ/ha so với "
            "vụ xuân năm trước, là vụ xuân có năng suất cao nhất từ trước đến nay."
        ),
        "paragraphs": [
            (
                "Những ngày giữa tháng 6, trên các cánh đồng ở Kim Sơn, Yên Khánh, Yên Mô, không khí thu hoạch diễn ra "
                "khẩn trương. Tại xã Khánh Cường, huyện Yên Khánh, nhiều thửa ruộng cho năng suất trên 75 tạ/ha. Toàn "
                "bộ diện tích lúa được thu hoạch bằng máy gặt đập liên hợp, giúp người dân tiết kiệm công sức và giảm "
                "tổn thất sau thu hoạch."
            ),
            (
                "Theo Sở Nông nghiệp và Phát triển nông thôn, kết quả trên có được là nhờ thời tiết thuận lợi, cơ cấu "
                "giống hợp lý và công tác phòng trừ sâu bệnh được thực hiện kịp thời. Nhiều mô hình liên kết sản xuất "
                "lúa gạo chất lượng cao với doanh nghiệp được mở rộng, giúp ổn định đầu ra và nâng cao giá trị hạt gạo."
            ),
            (
                "Song song với việc thu hoạch, các địa phương đang khẩn trương chuẩn bị cho sản xuất vụ mùa. Ngành "
                "nông nghiệp khuyến cáo nông dân không đốt rơm rạ trên đồng ruộng để bảo vệ môi trường, đồng thời tận "
                "dụng rơm rạ làm thức ăn chăn nuôi, trồng nấm hoặc ủ phân hữu cơ."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Nông nghiệp", "Vụ xuân"],
        "source": "own",
        "source_name": "",
        "author": "Nguyễn Thơm",
        "photographer": "Nguyễn Thơm",
        "is_video": False,
        "date": "2021-06-15",
        "image_caption": "Máy gặt đập liên hợp thu hoạch lúa xuân tại huyện Kim Sơn",
    },
    {
        "slug": "bo-doi-bien-phong-tinh-tuyen-truyen-chong-khai-thac-hai-san-bat-hop-phap",
        "title": "Bộ đội Biên phòng tỉnh tuyên truyền chống khai thác hải sản bất hợp pháp",
        "lead": (
            'Nhằm góp phần gỡ "thẻ vàng" của Ủy ban châu Âu đối với thủy sản Việt Nam, Bộ đội Biên phòng tỉnh Ninh '
            "Bình đã tăng cường tuyên truyền, vận động ngư dân huyện Kim Sơn thực hiện nghiêm quy định về chống khai "
            "thác hải sản bất hợp pháp, không báo cáo và không theo quy định."
        ),
        "paragraphs": [
            (
                "Cán bộ Đồn Biên phòng Kim Sơn đã đến từng tàu cá, từng hộ gia đình ngư dân tại các xã ven biển để phổ "
                "biến các quy định của Luật Thủy sản năm 2017, hướng dẫn ngư dân ghi nhật ký khai thác, duy trì hoạt "
                "động thiết bị giám sát hành trình và thực hiện thủ tục xuất, nhập bến theo quy định."
            ),
            (
                "Cùng với tuyên truyền, đơn vị đã phối hợp với các lực lượng chức năng tăng cường kiểm tra, kiểm soát "
                "tàu cá ra vào cửa sông Đáy, cửa Càn; kiên quyết không để tàu cá không đủ điều kiện xuất bến. Nhờ đó, "
                "nhận thức của ngư dân được nâng lên rõ rệt, từ đầu năm đến nay không có tàu cá của tỉnh vi phạm vùng "
                "biển nước ngoài."
            ),
            (
                "Bộ đội Biên phòng tỉnh cũng hướng dẫn ngư dân thực hiện các biện pháp phòng, chống dịch Covid-19 trên "
                "biển, hạn chế tiếp xúc với tàu thuyền lạ, khai báo y tế khi cập bến. Đơn vị cũng đã tặng hàng trăm lá "
                'cờ Tổ quốc cho ngư dân trong chương trình "Cờ Tổ quốc gắn với ngư dân".'
            ),
        ],
        "quote": None,
        "category": "quoc-phong-an-ninh",
        "tags": ["Biên phòng", "Chống khai thác IUU"],
        "source": "collected",
        "source_name": "Báo Biên phòng",
        "author": "Đỗ Mạnh Cường",
        "photographer": "",
        "is_video": False,
        "date": "2021-06-16",
        "image_caption": "Cán bộ Đồn Biên phòng Kim Sơn tuyên truyền cho ngư dân tại cảng cá",
    },
    {
        "slug": "cac-tang-lop-nhan-dan-tich-cuc-ung-ho-quy-vac-xin-phong-chong-covid-19",
        "title": "Các tầng lớp nhân dân tích cực ủng hộ Quỹ vắc-xin phòng, chống Covid-19",
        "lead": (
            "Sau hơn 2 tuần phát động, các cơ quan, doanh nghiệp, tổ chức và các tầng lớp nhân dân trong tỉnh Ninh "
            "Bình đã ủng hộ Quỹ vắc-xin phòng, chống Covid-19 với tổng số tiền trên 45 tỷ đồng."
        ),
        "paragraphs": [
            (
                "Hưởng ứng lời kêu gọi của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, ngày 3/6, Ủy ban Mặt trận Tổ "
                "quốc Việt Nam tỉnh đã tổ chức lễ phát động ủng hộ Quỹ vắc-xin phòng, chống Covid-19. Ngay tại buổi "
                "lễ, nhiều cơ quan, doanh nghiệp đã đăng ký ủng hộ với tổng số tiền trên 20 tỷ đồng."
            ),
            (
                "Phong trào nhanh chóng lan tỏa tới các thôn, xóm, tổ dân phố. Nhiều tấm gương người cao tuổi, cựu "
                "chiến binh, học sinh đã góp những khoản tiền tiết kiệm, tiền mừng thọ, tiền nuôi lợn đất để ủng hộ "
                "quỹ. Cán bộ, công chức, viên chức, người lao động trong tỉnh tự nguyện đóng góp ít nhất một ngày "
                "lương."
            ),
            (
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh cho biết, toàn bộ số tiền ủng hộ được công khai "
                "trên các phương tiện thông tin đại chúng và chuyển về Quỹ vắc-xin phòng, chống Covid-19 của Trung "
                "ương để mua vắc-xin, góp phần sớm đạt được miễn dịch cộng đồng."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Quỹ vắc-xin", "Covid-19"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Phạm Quỳnh Nga",
        "photographer": "Anh Tuấn",
        "is_video": False,
        "date": "2021-06-18",
        "image_caption": "Đại diện doanh nghiệp trao kinh phí ủng hộ Quỹ vắc-xin phòng, chống Covid-19 của tỉnh",
    },
    {
        "slug": "doi-thoai-thao-go-kho-khan-cho-doanh-nghiep-bi-anh-huong-boi-dich-covid-19",
        "title": "Đối thoại, tháo gỡ khó khăn cho doanh nghiệp bị ảnh hưởng bởi dịch Covid-19",
        "lead": (
            "Ngày 22/6, UBND tỉnh Ninh Bình tổ chức hội nghị đối thoại với doanh nghiệp nhằm lắng nghe, tháo gỡ khó "
            "khăn, vướng mắc cho các doanh nghiệp bị ảnh hưởng bởi dịch Covid-19."
        ),
        "paragraphs": [
            (
                "Tại hội nghị, đại diện hơn 150 doanh nghiệp đã nêu nhiều kiến nghị liên quan đến thủ tục đất đai, xây "
                "dựng, tiếp cận nguồn vốn tín dụng ưu đãi, giãn thời hạn nộp thuế và tiền thuê đất. Các doanh nghiệp "
                "du lịch, vận tải đề nghị tỉnh có chính sách hỗ trợ lãi suất, giảm phí để duy trì hoạt động và giữ "
                "chân người lao động."
            ),
            (
                "Lãnh đạo các sở Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, Cục Thuế tỉnh và Ngân hàng "
                "Nhà nước chi nhánh tỉnh đã trả lời trực tiếp các kiến nghị. Nhiều vướng mắc được giải quyết ngay tại "
                "hội nghị; các nội dung thuộc thẩm quyền của Trung ương được tổng hợp để đề xuất các bộ, ngành xem xét."
            ),
            (
                "Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát, cắt giảm thủ tục hành chính, "
                "thực hiện nghiêm quy định về thời gian giải quyết hồ sơ; xử lý nghiêm cán bộ, công chức gây khó khăn, "
                "nhũng nhiễu doanh nghiệp. Tỉnh sẽ tổ chức đối thoại định kỳ hằng quý để kịp thời nắm bắt và tháo gỡ "
                "khó khăn."
            ),
        ],
        "quote": (
            (
                "Khó khăn của doanh nghiệp cũng là khó khăn của tỉnh; kiến nghị nào thuộc thẩm quyền của tỉnh phải "
                "được giải quyết dứt điểm, không để doanh nghiệp phải chờ đợi."
            ),
            "Chủ tịch UBND tỉnh Ninh Bình",
        ),
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Đối thoại doanh nghiệp", "Covid-19"],
        "source": "own",
        "source_name": "",
        "author": "Đinh Ngọc Lan",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-06-22",
        "image_caption": "Đại diện doanh nghiệp phát biểu tại hội nghị đối thoại",
    },
    {
        "slug": "trang-an-7-nam-di-san-the-gioi-bao-ton-gan-voi-phat-trien-du-lich-ben-vung",
        "title": "Tràng An - 7 năm Di sản thế giới: bảo tồn gắn với phát triển du lịch bền vững",
        "lead": (
            "Ngày 23/6/2014, Quần thể danh thắng Tràng An được UNESCO ghi danh là Di sản văn hóa và thiên nhiên thế "
            "giới. Sau 7 năm, công tác bảo tồn di sản gắn với phát triển du lịch bền vững đã đạt được nhiều kết quả "
            "quan trọng."
        ),
        "paragraphs": [
            (
                "Quần thể danh thắng Tràng An có tổng diện tích trên 12.000 ha, bao gồm vùng lõi và vùng đệm, là di "
                "sản hỗn hợp đầu tiên của Việt Nam và khu vực Đông Nam Á. Những năm qua, tỉnh Ninh Bình đã ban hành "
                "nhiều cơ chế, chính sách quản lý di sản; thực hiện nghiêm quy hoạch, kiên quyết không cấp phép các dự "
                "án ảnh hưởng đến giá trị nổi bật toàn cầu của di sản."
            ),
            (
                "Các cơ quan chức năng thường xuyên phối hợp với các nhà khoa học trong và ngoài nước nghiên cứu khảo "
                "cổ học, địa chất, đa dạng sinh học tại di sản. Nhiều phát hiện khảo cổ tại các hang động trong vùng "
                "lõi đã góp phần làm sáng tỏ quá trình thích ứng của con người thời tiền sử với những biến đổi của môi "
                "trường."
            ),
            (
                "Hoạt động du lịch tại di sản được tổ chức theo hướng bền vững, tạo việc làm cho hàng nghìn lao động "
                "địa phương, đặc biệt là đội ngũ lái đò. Người dân trong vùng di sản được hưởng lợi trực tiếp từ du "
                "lịch nên ngày càng có ý thức tham gia bảo vệ cảnh quan, môi trường, giữ gìn các giá trị văn hóa "
                "truyền thống."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Tràng An", "Di sản thế giới"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Phạm Quỳnh Nga",
        "photographer": "Đức Lam",
        "is_video": False,
        "date": "2021-06-23",
        "image_caption": "Quần thể danh thắng Tràng An nhìn từ trên cao",
    },
    {
        "slug": "ky-hop-thu-nhat-hdnd-tinh-khoa-xv-bau-cac-chuc-danh-chu-chot-nhiem-ky-2021-2026",
        "title": "Kỳ họp thứ nhất HĐND tỉnh khóa XV bầu các chức danh chủ chốt nhiệm kỳ 2021 - 2026",
        "lead": (
            "Ngày 25/6, Hội đồng nhân dân tỉnh Ninh Bình khóa XV, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ nhất để "
            "kiện toàn tổ chức bộ máy, bầu các chức danh chủ chốt của Hội đồng nhân dân và Ủy ban nhân dân tỉnh."
        ),
        "paragraphs": [
            (
                "Dự kỳ họp có 50 đại biểu Hội đồng nhân dân tỉnh khóa XV đã được cử tri tín nhiệm bầu ra trong cuộc "
                "bầu cử ngày 23/5/2021. Kỳ họp đã nghe báo cáo kết quả bầu cử đại biểu Hội đồng nhân dân tỉnh và báo "
                "cáo kết quả xác nhận tư cách đại biểu của Ủy ban bầu cử tỉnh."
            ),
            (
                "Trên tinh thần dân chủ, đúng luật, các đại biểu đã bầu Chủ tịch, các Phó Chủ tịch Hội đồng nhân dân "
                "tỉnh, trưởng ban, phó trưởng ban các ban của Hội đồng nhân dân; bầu Chủ tịch, các Phó Chủ tịch và các "
                "Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026. Kỳ họp cũng đã thông qua nghị quyết thành lập các "
                "ban và xác định số lượng ủy viên Ủy ban nhân dân tỉnh."
            ),
            (
                "Phát biểu nhận nhiệm vụ, tân Chủ tịch Hội đồng nhân dân tỉnh cảm ơn sự tín nhiệm của cử tri và các "
                "đại biểu, khẳng định Thường trực Hội đồng nhân dân tỉnh sẽ tiếp tục đổi mới nội dung, phương thức "
                "hoạt động, nâng cao chất lượng các kỳ họp, hoạt động giám sát và tiếp xúc cử tri, thực sự là cơ quan "
                "đại diện cho ý chí, nguyện vọng của nhân dân."
            ),
        ],
        "quote": None,
        "category": "thoi-su",
        "tags": ["HĐND tỉnh", "Kỳ họp"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Nguyễn Thơm",
        "photographer": "Anh Tuấn",
        "is_video": False,
        "date": "2021-06-25",
        "image_caption": "Các đại biểu HĐND tỉnh khóa XV biểu quyết tại kỳ họp thứ nhất",
    },
    {
        "slug": "tap-huan-ky-nang-chuyen-doi-so-cho-can-bo-cong-chuc-cap-xa",
        "title": "Tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã",
        "lead": (
            "Sở Thông tin và Truyền thông Ninh Bình vừa tổ chức lớp tập huấn trực tuyến về chuyển đổi số và kỹ năng sử "
            "dụng các hệ thống thông tin dùng chung cho hơn 1.000 cán bộ, công chức cấp xã trong tỉnh."
        ),
        "paragraphs": [
            (
                "Tại lớp tập huấn, các học viên được giới thiệu tổng quan về chuyển đổi số, vai trò của chính quyền "
                "cấp xã trong chuyển đổi số; hướng dẫn sử dụng phần mềm quản lý văn bản và điều hành, chữ ký số, hệ "
                "thống một cửa điện tử và cách hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí qua các "
                "nền tảng thanh toán điện tử."
            ),
            (
                "Theo Sở Thông tin và Truyền thông, cấp xã là nơi trực tiếp giải quyết nhiều thủ tục hành chính cho "
                "người dân nên kỹ năng số của đội ngũ cán bộ, công chức cấp xã có vai trò quyết định đến hiệu quả "
                "chuyển đổi số. Thời gian tới, Sở sẽ phối hợp với các doanh nghiệp viễn thông hình thành tổ công nghệ "
                "số cộng đồng tại các thôn, xóm."
            ),
            (
                "Các tổ công nghệ số cộng đồng sẽ hướng dẫn người dân cài đặt, sử dụng các ứng dụng thiết yếu như dịch "
                "vụ công trực tuyến, thanh toán điện tử, khai báo y tế, góp phần đưa chuyển đổi số đến gần hơn với "
                "từng hộ gia đình, đặc biệt là ở khu vực nông thôn, miền núi."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Chuyển đổi số", "Tập huấn"],
        "source": "own",
        "source_name": "",
        "author": "Ngô Quang Minh",
        "photographer": "Minh Quang",
        "is_video": False,
        "date": "2021-06-29",
        "image_caption": "Cán bộ, công chức cấp xã tham gia lớp tập huấn chuyển đổi số theo hình thức trực tuyến",
    },
    {
        "slug": "phat-trien-du-lich-sinh-thai-gan-voi-bao-ton-tai-khu-bao-ton-thien-nhien-dat",
        "title": "Phát triển du lịch sinh thái gắn với bảo tồn tại Khu bảo tồn thiên nhiên đất ngập nước Vân Long",
        "lead": (
            "Là nơi sinh sống của quần thể voọc mông trắng lớn nhất Việt Nam, Khu bảo tồn thiên nhiên đất ngập nước "
            "Vân Long thuộc huyện Gia Viễn đang trở thành điểm đến du lịch sinh thái hấp dẫn của tỉnh Ninh Bình."
        ),
        "paragraphs": [
            (
                "Khu bảo tồn có diện tích hơn 3.000 ha, gồm hệ sinh thái núi đá vôi và đầm nước ngọt với nhiều loài "
                "động, thực vật quý hiếm. Theo số liệu điều tra gần đây, quần thể voọc mông trắng tại Vân Long có trên "
                "150 cá thể và đang có xu hướng tăng. Năm 2019, khu bảo tồn đã được công nhận là khu Ramsar thứ 9 của "
                "Việt Nam."
            ),
            (
                "Du khách đến Vân Long được ngồi thuyền nan len lỏi giữa các dãy núi đá, ngắm cảnh hồ nước phẳng lặng, "
                "quan sát đàn chim và đàn voọc kiếm ăn trên vách núi. Các tuyến tham quan được thiết kế hợp lý, hạn "
                "chế tối đa tác động đến môi trường sống của động vật hoang dã."
            ),
            (
                "Ban quản lý khu bảo tồn phối hợp với chính quyền các xã Gia Hòa, Gia Vân, Gia Thanh tăng cường tuần "
                "tra, ngăn chặn hành vi săn bắt, khai thác tài nguyên trái phép. Nhiều hộ dân trước đây sống dựa vào "
                "rừng nay đã chuyển sang làm dịch vụ du lịch, chèo đò, có thu nhập ổn định và trở thành những người "
                "bảo vệ rừng tích cực."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Vân Long", "Du lịch sinh thái"],
        "source": "own",
        "source_name": "",
        "author": "Lê Thu Hà",
        "photographer": "Mạnh Hùng",
        "is_video": False,
        "date": "2021-07-05",
        "image_caption": "Đàn voọc mông trắng tại Khu bảo tồn thiên nhiên đất ngập nước Vân Long",
    },
    {
        "slug": "thi-tot-nghiep-thpt-nam-2021-dien-ra-an-toan-nghiem-tuc",
        "title": "Thi tốt nghiệp THPT năm 2021 diễn ra an toàn, nghiêm túc",
        "lead": (
            "Kỳ thi tốt nghiệp trung học phổ thông năm 2021 đợt 1 tại Ninh Bình đã kết thúc an toàn, nghiêm túc, đúng "
            "quy chế với tỷ lệ thí sinh dự thi đạt trên 99%."
        ),
        "paragraphs": [
            (
                "Năm nay, toàn tỉnh có gần 11.000 thí sinh đăng ký dự thi tại 27 điểm thi. Ngay từ sớm, Ban Chỉ đạo "
                "thi tỉnh đã xây dựng phương án tổ chức thi trong điều kiện dịch Covid-19, phân luồng thí sinh khi vào "
                "điểm thi, bố trí mỗi phòng thi không quá 24 thí sinh và thực hiện khử khuẩn các phòng thi sau mỗi "
                "buổi."
            ),
            (
                "Đội ngũ cán bộ coi thi, thư ký, bảo vệ được lựa chọn kỹ, tập huấn chu đáo về nghiệp vụ. Các lực lượng "
                'công an, y tế túc trực tại các điểm thi; nhiều đoàn viên thanh niên tham gia chương trình "Tiếp sức '
                'mùa thi" hỗ trợ nước uống, chỗ nghỉ trưa miễn phí cho thí sinh ở xa.'
            ),
            (
                "Sở Giáo dục và Đào tạo cho biết, công tác chấm thi sẽ được tổ chức tập trung theo đúng quy định của "
                "Bộ Giáo dục và Đào tạo. Đối với những thí sinh không thể dự thi đợt 1 do dịch bệnh, Sở sẽ phối hợp tổ "
                "chức cho các em dự thi đợt 2 theo kế hoạch chung của Bộ."
            ),
        ],
        "quote": None,
        "category": "van-hoa-xa-hoi",
        "tags": ["Giáo dục", "Thi tốt nghiệp THPT"],
        "source": "collected",
        "source_name": "Cổng TTĐT Chính phủ",
        "author": "Vũ Thanh Hương",
        "photographer": "",
        "is_video": False,
        "date": "2021-07-08",
        "image_caption": "Thí sinh dự thi tốt nghiệp THPT tại điểm thi Trường THPT Kim Sơn A",
    },
    {
        "slug": "tong-ket-cuoc-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-hdnd-cac-cap-tai-ninh-binh",
        "title": "Tổng kết cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp tại Ninh Bình",
        "lead": (
            "Ngày 8/7, Ủy ban bầu cử tỉnh Ninh Bình tổ chức hội nghị tổng kết cuộc bầu cử đại biểu Quốc hội khóa XV và "
            "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026, khen thưởng các tập thể, cá nhân có thành tích "
            "xuất sắc."
        ),
        "paragraphs": [
            (
                "Hội nghị đánh giá cuộc bầu cử trên địa bàn tỉnh đã thành công tốt đẹp, đạt được mục tiêu, yêu cầu đề "
                "ra. Tỉnh đã bầu đủ 6 đại biểu Quốc hội khóa XV; bầu đủ số lượng đại biểu Hội đồng nhân dân ở cả 3 "
                "cấp. Tỷ lệ cử tri đi bầu đạt cao, an ninh chính trị, trật tự an toàn xã hội được giữ vững trong suốt "
                "quá trình bầu cử."
            ),
            (
                "Công tác thông tin, tuyên truyền được triển khai sâu rộng với nhiều hình thức phong phú. Chuyên mục "
                '"Chào mừng bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp" trên Cổng Thông tin điện tử tỉnh đã '
                "đăng tải hàng trăm tin, bài, văn bản hướng dẫn, thu hút đông đảo độc giả truy cập, góp phần nâng cao "
                "nhận thức của cử tri."
            ),
            (
                "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như việc cập nhật danh sách cử "
                "tri tại một số nơi còn sai sót, tiến độ báo cáo kết quả của một vài tổ bầu cử còn chậm. Dịp này, Ủy "
                "ban bầu cử tỉnh đã đề nghị khen thưởng nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác "
                "bầu cử."
            ),
        ],
        "quote": None,
        "category": "bau-cu",
        "tags": ["Bầu cử", "Tổng kết", "Khen thưởng"],
        "source": "own",
        "source_name": "",
        "author": "Đinh Ngọc Lan",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-07-08",
        "image_caption": "Trao Bằng khen cho các tập thể có thành tích xuất sắc trong công tác bầu cử",
    },
    {
        "slug": "ky-hop-thu-3-hdnd-tinh-khoa-xv-thong-qua-nhieu-nghi-quyet-quan-trong",
        "title": "Kỳ họp thứ 3 HĐND tỉnh khóa XV thông qua nhiều nghị quyết quan trọng",
        "lead": (
            "Sau hai ngày làm việc khẩn trương, nghiêm túc, ngày 16/7, Kỳ họp thứ 3 Hội đồng nhân dân tỉnh khóa XV, "
            "nhiệm kỳ 2021 - 2026 đã bế mạc sau khi thông qua 24 nghị quyết về nhiều lĩnh vực quan trọng."
        ),
        "paragraphs": [
            (
                "Đây là kỳ họp có ý nghĩa quan trọng đối với sự ổn định và phát triển kinh tế - xã hội của tỉnh không "
                "chỉ trong năm 2021 mà còn cho cả giai đoạn 2021 - 2025. Các nghị quyết được thông qua bao gồm kế "
                "hoạch đầu tư công trung hạn, kế hoạch tài chính 5 năm, cơ chế hỗ trợ phát triển sản xuất nông nghiệp "
                "và chính sách hỗ trợ phục hồi hoạt động du lịch sau dịch Covid-19."
            ),
            (
                "Tại phiên chất vấn và trả lời chất vấn, các đại biểu tập trung vào những vấn đề cử tri quan tâm như "
                "tiến độ cấp giấy chứng nhận quyền sử dụng đất, công tác quản lý trật tự xây dựng, xử lý ô nhiễm môi "
                "trường làng nghề và giải pháp hỗ trợ người lao động mất việc làm do dịch bệnh. Lãnh đạo các sở, ngành "
                "đã trả lời thẳng thắn, nêu rõ trách nhiệm và giải pháp khắc phục."
            ),
            (
                "Bế mạc kỳ họp, Chủ tịch Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh khẩn trương ban hành kế "
                "hoạch triển khai các nghị quyết; các ban, tổ đại biểu và từng đại biểu Hội đồng nhân dân tăng cường "
                "giám sát việc thực hiện, kịp thời phát hiện những khó khăn, vướng mắc để kiến nghị tháo gỡ, bảo đảm "
                "nghị quyết sớm đi vào cuộc sống."
            ),
        ],
        "quote": (
            (
                "Các nghị quyết được thông qua tại kỳ họp là căn cứ quan trọng để các cấp, các ngành tổ chức thực hiện "
                "thắng lợi mục tiêu phát triển kinh tế - xã hội giai đoạn 2021 - 2025."
            ),
            "Chủ tịch HĐND tỉnh Ninh Bình",
        ),
        "category": "thoi-su",
        "tags": ["HĐND tỉnh", "Kỳ họp", "Nghị quyết"],
        "source": "own",
        "source_name": "",
        "author": "Phạm Thu Trang",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-07-16",
        "image_caption": "Đại biểu biểu quyết thông qua các nghị quyết tại Kỳ họp thứ 3, HĐND tỉnh khóa XV",
    },
    {
        "slug": "trien-khai-chinh-sach-ho-tro-nguoi-lao-dong-va-nguoi-su-dung-lao-dong-theo-nghi",
        "title": "Triển khai chính sách hỗ trợ người lao động và người sử dụng lao động theo Nghị quyết 68/NQ-CP",
        "lead": (
            "UBND tỉnh Ninh Bình đã ban hành kế hoạch triển khai Nghị quyết 68/NQ-CP của Chính phủ và Quyết định số "
            "23/2021/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ người lao động và người sử dụng lao động gặp "
            "khó khăn do dịch Covid-19."
        ),
        "paragraphs": [
            (
                "Theo kế hoạch, 12 chính sách hỗ trợ được triển khai trên địa bàn tỉnh, bao gồm: giảm mức đóng bảo "
                "hiểm tai nạn lao động, bệnh nghề nghiệp; tạm dừng đóng vào quỹ hưu trí và tử tuất; hỗ trợ đào tạo, "
                "bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm; hỗ trợ người lao động tạm hoãn hợp "
                "đồng, ngừng việc và hỗ trợ hộ kinh doanh phải dừng hoạt động."
            ),
            (
                "Sở Lao động - Thương binh và Xã hội được giao chủ trì hướng dẫn trình tự, thủ tục, bảo đảm việc hỗ "
                "trợ đúng đối tượng, công khai, minh bạch, kịp thời; không để lợi dụng, trục lợi chính sách. Hồ sơ "
                "được tiếp nhận qua Trung tâm Phục vụ hành chính công tỉnh, bộ phận một cửa cấp huyện, cấp xã và qua "
                "dịch vụ công trực tuyến."
            ),
            (
                "Đến giữa tháng 7, cơ quan bảo hiểm xã hội tỉnh đã tiếp nhận hồ sơ đề nghị giảm mức đóng bảo hiểm tai "
                "nạn lao động, bệnh nghề nghiệp của trên 1.500 đơn vị với hơn 90.000 người lao động. Nhiều hộ kinh "
                "doanh, lao động tự do ở thành phố Ninh Bình và huyện Hoa Lư đã được nhận hỗ trợ bằng tiền mặt."
            ),
        ],
        "quote": None,
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Nghị quyết 68", "Chính sách hỗ trợ"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Phạm Quỳnh Nga",
        "photographer": "",
        "is_video": False,
        "date": "2021-07-20",
        "image_caption": "Cán bộ bảo hiểm xã hội hướng dẫn doanh nghiệp lập hồ sơ đề nghị hỗ trợ",
    },
    {
        "slug": "ap-dung-gian-cach-xa-hoi-theo-chi-thi-16-ct-ttg-tai-mot-so-khu-dan-cu-co-ca-benh",
        "title": "Áp dụng giãn cách xã hội theo Chỉ thị 16/CT-TTg tại một số khu dân cư có ca bệnh",
        "lead": (
            "Từ 12 giờ ngày 24/7, UBND tỉnh Ninh Bình quyết định áp dụng biện pháp giãn cách xã hội theo Chỉ thị "
            "16/CT-TTg của Thủ tướng Chính phủ đối với một số khu dân cư có ca mắc Covid-19 trong cộng đồng."
        ),
        "paragraphs": [
            (
                "Theo quyết định, người dân trong khu vực giãn cách chỉ ra khỏi nhà trong trường hợp thật sự cần thiết "
                "như mua lương thực, thực phẩm, thuốc men, cấp cứu; thực hiện giữ khoảng cách tối thiểu 2 mét, không "
                "tập trung quá 2 người ngoài phạm vi công sở, trường học, bệnh viện. Các cơ sở kinh doanh dịch vụ "
                "không thiết yếu phải tạm dừng hoạt động."
            ),
            (
                "Các địa bàn còn lại trong tỉnh tiếp tục thực hiện giãn cách xã hội theo Chỉ thị 15/CT-TTg, kết hợp "
                "chặt chẽ với các biện pháp phòng, chống dịch theo hướng dẫn của Bộ Y tế. Chính quyền địa phương có "
                "trách nhiệm bảo đảm cung ứng lương thực, thực phẩm và các nhu yếu phẩm thiết yếu cho người dân trong "
                "khu vực giãn cách."
            ),
            (
                "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh đề nghị nhân dân bình tĩnh, không hoang mang, tích cực "
                "hợp tác với lực lượng chức năng trong việc truy vết, xét nghiệm. Mọi thông tin về tình hình dịch bệnh "
                "được cập nhật thường xuyên trên Cổng Thông tin điện tử tỉnh và các phương tiện thông tin đại chúng "
                "của tỉnh."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Chỉ thị 16", "Giãn cách xã hội"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Phạm Quỳnh Nga",
        "photographer": "",
        "is_video": False,
        "date": "2021-07-24",
        "image_caption": "Chốt kiểm soát tại khu vực phong tỏa tạm thời ở huyện Yên Khánh",
    },
    {
        "slug": "tri-an-cac-anh-hung-liet-si-nhan-ky-niem-74-nam-ngay-thuong-binh-liet-si",
        "title": "Tri ân các anh hùng liệt sĩ nhân kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ",
        "lead": (
            "Nhân kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2021), các cấp, các ngành tỉnh Ninh Bình "
            "đã tổ chức nhiều hoạt động thiết thực, tri ân các anh hùng liệt sĩ, thương binh, bệnh binh và gia đình "
            "người có công."
        ),
        "paragraphs": [
            (
                "Toàn tỉnh hiện có trên 38.000 người có công với cách mạng đang hưởng chế độ ưu đãi hằng tháng. Dịp "
                "này, tỉnh đã trao trên 42.000 suất quà của Chủ tịch nước và của tỉnh với tổng kinh phí gần 14 tỷ "
                "đồng. Các đoàn công tác của tỉnh đã thăm, tặng quà các trung tâm nuôi dưỡng thương binh, gia đình "
                "thương binh nặng và thân nhân liệt sĩ."
            ),
            (
                'Các phong trào "Đền ơn đáp nghĩa", "Uống nước nhớ nguồn" tiếp tục được đẩy mạnh. Trong 6 tháng đầu '
                "năm, tỉnh đã xây mới, sửa chữa gần 100 ngôi nhà cho người có công có khó khăn về nhà ở. Các nghĩa "
                "trang liệt sĩ được tu bổ, chỉnh trang khang trang, sạch đẹp."
            ),
            (
                "Tối 26/7, tại các nghĩa trang liệt sĩ trong tỉnh, đoàn viên thanh niên và nhân dân đã tổ chức lễ thắp "
                "nến tri ân. Do ảnh hưởng của dịch Covid-19, các hoạt động được tổ chức với số lượng người tham gia "
                "hạn chế, thực hiện nghiêm các biện pháp phòng dịch."
            ),
        ],
        "quote": (
            (
                "Chăm lo người có công là trách nhiệm và tình cảm của cả hệ thống chính trị, không để gia đình chính "
                "sách nào có mức sống thấp hơn mức sống trung bình của dân cư nơi cư trú."
            ),
            "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh",
        ),
        "category": "van-hoa-xa-hoi",
        "tags": ["Người có công", "Tri ân"],
        "source": "own",
        "source_name": "",
        "author": "Phạm Thu Trang",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-07-26",
        "image_caption": "Đoàn viên thanh niên thắp nến tri ân tại Nghĩa trang liệt sĩ huyện Gia Viễn",
    },
    {
        "slug": "thanh-toan-truc-tuyen-phi-le-phi-thu-tuc-hanh-chinh-qua-cong-dich-vu-cong-quoc",
        "title": "Thanh toán trực tuyến phí, lệ phí thủ tục hành chính qua Cổng Dịch vụ công quốc gia",
        "lead": (
            "Trong bối cảnh dịch Covid-19 diễn biến phức tạp, ngày càng nhiều người dân, doanh nghiệp ở Ninh Bình lựa "
            "chọn nộp hồ sơ và thanh toán phí, lệ phí thủ tục hành chính trực tuyến thay vì đến trực tiếp cơ quan nhà "
            "nước."
        ),
        "paragraphs": [
            (
                "Chỉ với điện thoại thông minh có kết nối Internet, người dân có thể đăng nhập Cổng Dịch vụ công quốc "
                "gia, lựa chọn thủ tục cần thực hiện, nộp hồ sơ và thanh toán phí, lệ phí qua tài khoản ngân hàng hoặc "
                "ví điện tử. Toàn bộ quá trình được thực hiện trong vài phút, kết quả được trả qua đường bưu điện hoặc "
                "trực tuyến."
            ),
            (
                "Chị Nguyễn Thị Lan, ở phường Ninh Khánh, thành phố Ninh Bình cho biết, chị đã thực hiện thủ tục cấp "
                "phiếu lý lịch tư pháp hoàn toàn trực tuyến. Chị không phải xin nghỉ làm, không phải chờ đợi và nhận "
                "kết quả tại nhà đúng hẹn, rất thuận tiện trong thời gian giãn cách xã hội."
            ),
            (
                "Theo Văn phòng UBND tỉnh, Ninh Bình đang tích hợp thanh toán trực tuyến cho hàng trăm dịch vụ công "
                "thuộc các lĩnh vực tư pháp, đất đai, giao thông, kế hoạch đầu tư. Đây là một trong những kết quả cụ "
                "thể của quá trình chuyển đổi số, hướng tới nền hành chính phục vụ, minh bạch và hiệu quả."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Dịch vụ công trực tuyến", "Thanh toán trực tuyến"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Bùi Văn Tâm",
        "photographer": "",
        "is_video": True,
        "date": "2021-08-05",
        "image_caption": "Người dân thanh toán lệ phí trực tuyến qua điện thoại thông minh",
    },
    {
        "slug": "ban-thuong-vu-tinh-uy-cho-y-kien-ve-nhiem-vu-lap-quy-hoach-tinh-thoi-ky-2021",
        "title": "Ban Thường vụ Tỉnh ủy cho ý kiến về nhiệm vụ lập Quy hoạch tỉnh thời kỳ 2021 - 2030",
        "lead": (
            "Ngày 10/8, Ban Thường vụ Tỉnh ủy Ninh Bình họp cho ý kiến về tiến độ lập Quy hoạch tỉnh thời kỳ 2021 - "
            "2030, tầm nhìn đến năm 2050 và một số nội dung quan trọng khác thuộc thẩm quyền."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của cơ quan tổ chức lập quy hoạch, đến nay đơn vị tư vấn đã hoàn thành việc thu thập số "
                "liệu, đánh giá hiện trạng phát triển của các ngành, lĩnh vực và 8 huyện, thành phố. Dự thảo quy hoạch "
                "xác định các không gian phát triển chủ yếu gồm vùng đô thị trung tâm, vùng du lịch di sản phía Tây "
                "Bắc, vùng công nghiệp phía Đông và vùng kinh tế ven biển Kim Sơn."
            ),
            (
                "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đánh giá cao nỗ lực của cơ quan chủ trì và đơn vị tư vấn, "
                "đồng thời đề nghị tiếp tục nghiên cứu, làm rõ hơn các đột phá phát triển, bảo đảm tính liên kết vùng, "
                "đặc biệt là kết nối với Thủ đô Hà Nội và các tỉnh vùng đồng bằng sông Hồng. Quy hoạch cần bảo tồn "
                "nghiêm ngặt giá trị của Quần thể danh thắng Tràng An."
            ),
            (
                "Kết luận nội dung này, đồng chí Bí thư Tỉnh ủy yêu cầu quá trình lập quy hoạch phải bảo đảm chất "
                "lượng, khoa học, có tầm nhìn dài hạn, lấy ý kiến rộng rãi của các chuyên gia, nhà khoa học, doanh "
                "nghiệp và nhân dân. Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy đã cho ý kiến về tình hình phòng, chống "
                "dịch Covid-19 và công tác chuẩn bị đón công dân từ các tỉnh phía Nam trở về quê."
            ),
        ],
        "quote": None,
        "category": "thoi-su",
        "tags": ["Tỉnh ủy", "Quy hoạch"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Trần Hoàng Anh",
        "photographer": "",
        "is_video": False,
        "date": "2021-08-10",
        "image_caption": "Hội nghị Ban Thường vụ Tỉnh ủy được tổ chức bảo đảm giãn cách theo quy định phòng dịch",
    },
    {
        "slug": "ninh-binh-tap-trung-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong",
        "title": "Ninh Bình tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công",
        "lead": (
            "Tính đến giữa tháng 8/2021, tỉnh Ninh Bình đã giải ngân được khoảng 48% kế hoạch vốn đầu tư công năm "
            "2021; UBND tỉnh yêu cầu các chủ đầu tư khẩn trương tháo gỡ vướng mắc, phấn đấu giải ngân 100% kế hoạch "
            "vốn."
        ),
        "paragraphs": [
            (
                "Kế hoạch vốn đầu tư công năm 2021 của tỉnh được giao trên 4.500 tỷ đồng, tập trung cho các dự án hạ "
                "tầng giao thông, thủy lợi, y tế, giáo dục và hạ tầng du lịch. Một số dự án có tỷ lệ giải ngân khá như "
                "đường nối Quốc lộ 1A với đường cao tốc, dự án cải tạo, nâng cấp Bệnh viện Đa khoa tỉnh và các công "
                "trình kiên cố hóa kênh mương."
            ),
            (
                "Nguyên nhân chậm giải ngân chủ yếu do vướng mắc trong công tác giải phóng mặt bằng, giá vật liệu xây "
                "dựng tăng cao, trong khi dịch Covid-19 ảnh hưởng đến việc huy động nhân công và vận chuyển vật tư. "
                "Một số chủ đầu tư còn lúng túng trong hoàn thiện hồ sơ thanh toán, chưa chủ động phối hợp với Kho bạc "
                "Nhà nước."
            ),
            (
                "Để khắc phục, UBND tỉnh đã thành lập các tổ công tác do lãnh đạo tỉnh làm tổ trưởng, trực tiếp kiểm "
                "tra, đôn đốc tại từng dự án. Những dự án không có khả năng giải ngân sẽ được điều chuyển vốn sang các "
                "dự án có tiến độ tốt, bảo đảm sử dụng hiệu quả nguồn vốn và thúc đẩy tăng trưởng kinh tế."
            ),
        ],
        "quote": (
            "Người đứng đầu các chủ đầu tư phải chịu trách nhiệm nếu để chậm giải ngân mà không có lý do chính đáng.",
            "Phó Chủ tịch UBND tỉnh Ninh Bình",
        ),
        "category": "kinh-te-xa-hoi",
        "tags": ["Đầu tư công", "Giải ngân"],
        "source": "own",
        "source_name": "",
        "author": "Đinh Ngọc Lan",
        "photographer": "",
        "is_video": False,
        "date": "2021-08-18",
        "image_caption": "Thi công dự án đường trục phía Nam thành phố Ninh Bình",
    },
    {
        "slug": "ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-duoc-to-chuc-an-toan-thiet-thuc",
        "title": "Ngày hội toàn dân bảo vệ an ninh Tổ quốc được tổ chức an toàn, thiết thực",
        "lead": (
            "Nhân kỷ niệm 76 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2021) và 16 năm Ngày hội toàn "
            "dân bảo vệ an ninh Tổ quốc, các địa phương trong tỉnh Ninh Bình đã tổ chức nhiều hoạt động thiết thực."
        ),
        "paragraphs": [
            (
                "Năm nay, do tình hình dịch Covid-19, Ngày hội toàn dân bảo vệ an ninh Tổ quốc được tổ chức với quy mô "
                "nhỏ, gắn với nhiệm vụ phòng, chống dịch bệnh. Nhiều địa phương lựa chọn hình thức tuyên truyền qua hệ "
                "thống loa truyền thanh cơ sở, mạng xã hội, trao tặng vật tư y tế cho các chốt kiểm soát dịch và các "
                "khu cách ly tập trung."
            ),
            (
                "Phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh tiếp tục được duy trì và phát triển với "
                'nhiều mô hình hiệu quả như "Camera an ninh", "Khu dân cư an toàn về an ninh trật tự", "Tổ tự quản '
                'đường làng, ngõ xóm". Các mô hình đã góp phần phòng ngừa, phát hiện, tố giác tội phạm và giải quyết '
                "các mâu thuẫn ngay tại cơ sở."
            ),
            (
                "Trong thời gian thực hiện giãn cách xã hội, lực lượng công an xã chính quy cùng lực lượng dân phòng, "
                "đoàn viên thanh niên đã tham gia trực tại các chốt kiểm soát dịch, hỗ trợ người dân đi tiêm vắc-xin, "
                "xét nghiệm và vận chuyển lương thực, thực phẩm cho các hộ gia đình trong khu vực phong tỏa."
            ),
        ],
        "quote": None,
        "category": "quoc-phong-an-ninh",
        "tags": ["Bảo vệ an ninh Tổ quốc", "Công an tỉnh"],
        "source": "own",
        "source_name": "",
        "author": "Trần Hoàng Anh",
        "photographer": "",
        "is_video": False,
        "date": "2021-08-19",
        "image_caption": "Lực lượng công an xã chính quy tuần tra, giữ gìn an ninh trật tự tại địa bàn",
    },
    {
        "slug": "don-cong-dan-ninh-binh-tu-thanh-pho-ho-chi-minh-binh-duong-dong-nai-tro-ve-que",
        "title": "Đón công dân Ninh Bình từ Thành phố Hồ Chí Minh, Bình Dương, Đồng Nai trở về quê",
        "lead": (
            "Thể hiện trách nhiệm và tình cảm với những người con quê hương đang gặp khó khăn do dịch bệnh, tỉnh Ninh "
            "Bình đã tổ chức đón đợt đầu tiên gần 1.000 công dân từ Thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh "
            "Đồng Nai trở về quê."
        ),
        "paragraphs": [
            (
                "Việc đón công dân được thực hiện theo kế hoạch của UBND tỉnh, bảo đảm an toàn, có tổ chức, phối hợp "
                "chặt chẽ với các địa phương nơi công dân đang sinh sống. Đối tượng ưu tiên là người già, phụ nữ mang "
                "thai, trẻ em, người có bệnh nền, người lao động mất việc làm, không còn chỗ ở và sinh viên không có "
                "điều kiện trang trải cuộc sống."
            ),
            (
                "Công dân được đưa về bằng xe khách và tàu hỏa, trước khi lên phương tiện đều được xét nghiệm và có "
                "kết quả âm tính với vi rút SARS-CoV-2. Khi về đến tỉnh, toàn bộ công dân được đưa vào các khu cách ly "
                "tập trung do các huyện, thành phố bố trí, được cung cấp miễn phí suất ăn và các nhu yếu phẩm cần "
                "thiết trong thời gian cách ly."
            ),
            (
                "Những người con xa quê không giấu được xúc động khi được trở về trong sự đón tiếp chu đáo của quê "
                "hương. Nhiều doanh nghiệp, nhà hảo tâm đã ủng hộ gạo, rau xanh, sữa và các vật dụng cá nhân cho các "
                "khu cách ly. Sau đợt này, tỉnh sẽ tiếp tục rà soát nhu cầu và đón các đợt tiếp theo."
            ),
        ],
        "quote": (
            "Dù ở đâu, bà con vẫn là người Ninh Bình, tỉnh sẽ làm hết sức để đón bà con về quê an toàn.",
            "Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh",
        ),
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Đón công dân về quê"],
        "source": "own",
        "source_name": "",
        "author": "Trần Hoàng Anh",
        "photographer": "Hoàng Hiếu",
        "is_video": True,
        "date": "2021-08-22",
        "image_caption": "Đoàn xe đưa công dân Ninh Bình từ các tỉnh phía Nam về khu cách ly tập trung",
    },
    {
        "slug": "gan-240-000-hoc-sinh-ninh-binh-buoc-vao-nam-hoc-moi-2021-2022",
        "title": "Gần 240.000 học sinh Ninh Bình bước vào năm học mới 2021 - 2022",
        "lead": (
            "Sáng 5/9, gần 240.000 học sinh các cấp học tỉnh Ninh Bình đã dự lễ khai giảng năm học 2021 - 2022, được "
            "tổ chức ngắn gọn với hình thức phù hợp với tình hình dịch Covid-19 ở từng địa phương."
        ),
        "paragraphs": [
            (
                "Tại những địa bàn an toàn, các trường tổ chức khai giảng trực tiếp với thời gian không quá 45 phút, "
                "chỉ có đại diện học sinh đầu cấp và cán bộ, giáo viên tham dự. Những nơi đang thực hiện giãn cách xã "
                "hội, học sinh dự khai giảng trực tuyến hoặc theo dõi chương trình khai giảng trên sóng truyền hình."
            ),
            (
                "Ngành giáo dục Ninh Bình đã xây dựng các kịch bản dạy và học linh hoạt: học trực tiếp tại trường đối "
                "với vùng an toàn, kết hợp trực tiếp và trực tuyến tại các vùng có nguy cơ, học trực tuyến hoàn toàn "
                "đối với khu vực phong tỏa. Giáo viên được tập huấn kỹ năng dạy học trực tuyến và sử dụng các học liệu "
                "số."
            ),
            (
                "Sở Giáo dục và Đào tạo đã vận động các tổ chức, doanh nghiệp hỗ trợ máy tính, điện thoại thông minh "
                'cho học sinh có hoàn cảnh khó khăn thông qua chương trình "Sóng và máy tính cho em", bảo đảm không để '
                "học sinh nào bị bỏ lại phía sau trong năm học mới."
            ),
        ],
        "quote": None,
        "category": "van-hoa-xa-hoi",
        "tags": ["Giáo dục", "Năm học mới"],
        "source": "collected",
        "source_name": "TTXVN",
        "author": "Đức Phương",
        "photographer": "",
        "is_video": False,
        "date": "2021-09-05",
        "image_caption": "Học sinh Trường Tiểu học Đinh Tiên Hoàng dự lễ khai giảng",
    },
    {
        "slug": "doanh-nghiep-duy-tri-san-xuat-an-toan-theo-phuong-an-3-tai-cho",
        "title": 'Doanh nghiệp duy trì sản xuất an toàn theo phương án "3 tại chỗ"',
        "lead": (
            "Để vừa bảo đảm an toàn phòng, chống dịch, vừa duy trì hoạt động sản xuất, nhiều doanh nghiệp trong các "
            'khu công nghiệp của tỉnh Ninh Bình đã chủ động xây dựng và thực hiện phương án "3 tại chỗ".'
        ),
        "paragraphs": [
            (
                "Tại một doanh nghiệp may mặc trong Khu công nghiệp Gián Khẩu, huyện Gia Viễn, khu vực nhà xưởng được "
                "bố trí lại, lắp đặt vách ngăn giữa các vị trí làm việc, tổ chức ăn ca theo nhóm, lệch giờ. Người lao "
                "động đều được xét nghiệm định kỳ và được doanh nghiệp hỗ trợ chi phí ăn, nghỉ, sinh hoạt trong thời "
                "gian lưu trú tại chỗ."
            ),
            (
                "Theo Ban Quản lý các khu công nghiệp tỉnh, đến nay đã có hàng chục doanh nghiệp đăng ký thực hiện "
                'phương án "3 tại chỗ" hoặc "1 cung đường, 2 điểm đến". Nhờ đó, phần lớn doanh nghiệp trong các khu '
                "công nghiệp vẫn duy trì sản xuất, bảo đảm việc làm, thu nhập cho người lao động và thực hiện các đơn "
                "hàng xuất khẩu."
            ),
            (
                "Ban Quản lý các khu công nghiệp tỉnh đề nghị doanh nghiệp tiếp tục cập nhật thông tin trên hệ thống "
                "đánh giá an toàn phòng, chống dịch; phối hợp với ngành y tế tiêm vắc-xin cho người lao động. Tỉnh "
                "cũng đang xem xét hỗ trợ một phần chi phí xét nghiệm cho doanh nghiệp trong thời gian thực hiện các "
                "phương án sản xuất an toàn."
            ),
        ],
        "quote": None,
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Doanh nghiệp", "Covid-19", "Sản xuất an toàn"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Bùi Văn Tâm",
        "photographer": "",
        "is_video": False,
        "date": "2021-09-06",
        "image_caption": "Công nhân làm việc tại một doanh nghiệp may trong Khu công nghiệp Gián Khẩu",
    },
    {
        "slug": "trien-khai-quet-ma-qr-khai-bao-y-te-tai-cac-dia-diem-cong-cong",
        "title": "Triển khai quét mã QR khai báo y tế tại các địa điểm công cộng",
        "lead": (
            "Sở Thông tin và Truyền thông Ninh Bình đã hướng dẫn các cơ quan, đơn vị, cơ sở kinh doanh đăng ký mã QR "
            "điểm kiểm soát ra vào, giúp quản lý người ra vào và truy vết nhanh khi có ca bệnh."
        ),
        "paragraphs": [
            (
                "Đến nay, toàn tỉnh đã có trên 12.000 địa điểm đăng ký mã QR, bao gồm trụ sở cơ quan nhà nước, bệnh "
                "viện, trường học, chợ, siêu thị, nhà hàng, cơ sở lưu trú, khu du lịch và các doanh nghiệp. Người dân "
                "chỉ cần sử dụng ứng dụng trên điện thoại để quét mã khi đến, thông tin sẽ được lưu trữ phục vụ công "
                "tác truy vết."
            ),
            (
                "Tại chợ Rồng, thành phố Ninh Bình, ban quản lý chợ đã niêm yết mã QR tại tất cả các cổng ra vào, bố "
                "trí nhân viên hỗ trợ người cao tuổi chưa quen sử dụng điện thoại thông minh. Nhờ đó, việc kiểm soát "
                "người ra vào chợ được thực hiện nhanh chóng, hạn chế ùn tắc và tiếp xúc gần."
            ),
            (
                "Sở Thông tin và Truyền thông cho biết, đây là giải pháp công nghệ quan trọng trong phòng, chống dịch, "
                "đồng thời giúp người dân làm quen với các tiện ích số. Thời gian tới, Sở tiếp tục phối hợp với ngành "
                "y tế hướng dẫn sử dụng ứng dụng PC-Covid, thống nhất một nền tảng duy nhất phục vụ phòng, chống dịch, "
                "góp phần thúc đẩy chuyển đổi số trong cộng đồng."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Chuyển đổi số", "Covid-19", "Mã QR"],
        "source": "own",
        "source_name": "",
        "author": "Hoàng Thị Hải Yến",
        "photographer": "",
        "is_video": False,
        "date": "2021-09-09",
        "image_caption": "Người dân quét mã QR khi vào chợ Rồng, thành phố Ninh Bình",
    },
    {
        "slug": "xa-ninh-hai-dat-chuan-nong-thon-moi-kieu-mau-gan-voi-phat-trien-du-lich",
        "title": "Xã Ninh Hải đạt chuẩn nông thôn mới kiểu mẫu gắn với phát triển du lịch",
        "lead": (
            "Xã Ninh Hải, huyện Hoa Lư, nơi có Khu du lịch Tam Cốc - Bích Động, đã hoàn thành các tiêu chí xã nông "
            "thôn mới kiểu mẫu, với điểm nhấn là phát triển du lịch cộng đồng gắn với bảo vệ cảnh quan."
        ),
        "paragraphs": [
            (
                "Những năm qua, cùng với nguồn vốn hỗ trợ của Nhà nước, nhân dân xã Ninh Hải đã tự nguyện hiến đất, "
                "đóng góp hàng tỷ đồng để mở rộng đường giao thông nông thôn, xây dựng hệ thống chiếu sáng, trồng hoa "
                "hai bên đường. Đến nay, 100% tuyến đường thôn, xóm được cứng hóa, cảnh quan môi trường luôn xanh, "
                "sạch, đẹp."
            ),
            (
                "Kinh tế của xã chuyển dịch mạnh theo hướng dịch vụ du lịch với hơn 200 cơ sở lưu trú, nhà hàng, "
                "homestay. Thu nhập bình quân đầu người năm 2020 đạt trên 60 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới "
                "1%. Nhiều hộ dân tại thôn Văn Lâm vừa làm nghề thêu ren truyền thống, vừa phục vụ khách du lịch."
            ),
            (
                "Dù hoạt động du lịch bị ảnh hưởng do dịch Covid-19, chính quyền và nhân dân xã Ninh Hải vẫn tập trung "
                "chỉnh trang cảnh quan, nâng cao chất lượng dịch vụ, sẵn sàng đón khách trở lại. Xã đang phấn đấu trở "
                "thành điểm sáng về xây dựng nông thôn mới gắn với phát triển du lịch bền vững của tỉnh."
            ),
        ],
        "quote": None,
        "category": "kinh-te-xa-hoi",
        "tags": ["Nông thôn mới", "Hoa Lư"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Mai Lan Anh",
        "photographer": "Mai Lan",
        "is_video": False,
        "date": "2021-09-14",
        "image_caption": "Đường làng thôn Văn Lâm, xã Ninh Hải được trồng hoa, cây xanh",
    },
    {
        "slug": "ninh-binh-day-nhanh-tien-do-tiem-vac-xin-phong-covid-19-cho-nguoi-dan",
        "title": "Ninh Bình đẩy nhanh tiến độ tiêm vắc-xin phòng Covid-19 cho người dân",
        "lead": (
            "Tỉnh Ninh Bình đang tổ chức chiến dịch tiêm vắc-xin phòng Covid-19 diện rộng tại tất cả 143 xã, phường, "
            "thị trấn với mục tiêu tiêm mũi 1 cho người từ 18 tuổi trở lên trong tháng 9/2021."
        ),
        "paragraphs": [
            (
                "Trong đợt này, tỉnh được Bộ Y tế phân bổ thêm trên 200.000 liều vắc-xin. Ngay sau khi tiếp nhận, Sở Y "
                "tế đã phân bổ vắc-xin về các huyện, thành phố, thành lập gần 200 điểm tiêm cố định và lưu động. Các "
                "điểm tiêm hoạt động cả ngày thứ bảy, chủ nhật, có thể tiêm từ 300 đến 500 người mỗi buổi."
            ),
            (
                "Để tránh tập trung đông người, các địa phương gửi giấy mời tiêm theo khung giờ cụ thể cho từng hộ gia "
                "đình. Người được tiêm có thể đăng ký, khai báo trước thông tin qua ứng dụng Sổ sức khỏe điện tử, giúp "
                "rút ngắn thời gian chờ đợi. Người cao tuổi, người có bệnh nền được khám sàng lọc kỹ trước khi tiêm."
            ),
            (
                "Đến ngày 15/9, toàn tỉnh đã tiêm được trên 450.000 liều vắc-xin, trong đó hơn 60% người dân từ 18 "
                "tuổi trở lên đã được tiêm ít nhất 1 mũi. Sở Y tế đề nghị người dân tích cực tham gia tiêm chủng khi "
                "đến lượt, đồng thời tiếp tục thực hiện nghiêm thông điệp 5K sau khi đã tiêm vắc-xin."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Tiêm chủng"],
        "source": "collected",
        "source_name": "TTXVN",
        "author": "Đức Phương",
        "photographer": "",
        "is_video": False,
        "date": "2021-09-16",
        "image_caption": "Người dân phường Nam Bình, thành phố Ninh Bình tiêm vắc-xin phòng Covid-19",
    },
    {
        "slug": "mang-tet-trung-thu-den-voi-tre-em-co-hoan-canh-kho-khan",
        "title": "Mang Tết Trung thu đến với trẻ em có hoàn cảnh khó khăn",
        "lead": (
            "Nhân dịp Tết Trung thu năm 2021, các cấp, các ngành, đoàn thể tỉnh Ninh Bình đã trao hàng nghìn suất quà "
            "cho trẻ em có hoàn cảnh đặc biệt khó khăn, trẻ em trong khu cách ly và con em các lực lượng tuyến đầu "
            "chống dịch."
        ),
        "paragraphs": [
            (
                'Với chủ đề "Trung thu yêu thương", Tỉnh đoàn Ninh Bình đã phối hợp với các doanh nghiệp, nhà hảo tâm '
                "trao trên 5.000 suất quà gồm bánh, sữa, đèn ông sao, sách vở cho trẻ em ở các huyện Nho Quan, Gia "
                "Viễn, Kim Sơn. Tại các xã miền núi như Cúc Phương, Kỳ Phú, Phú Long, đoàn viên thanh niên đã đến tận "
                "nhà trao quà cho các em."
            ),
            (
                "Tại các khu cách ly tập trung đón công dân từ các tỉnh phía Nam trở về, Ban Chỉ huy quân sự các "
                "huyện, thành phố đã tổ chức vui Trung thu ấm áp cho các cháu thiếu nhi, bảo đảm giãn cách theo quy "
                "định. Những món quà nhỏ giúp các em vơi đi phần nào nỗi nhớ nhà trong thời gian cách ly."
            ),
            (
                "Do tình hình dịch bệnh, các địa phương không tổ chức các hoạt động vui Trung thu tập trung đông "
                "người. Thay vào đó, nhiều chương trình biểu diễn văn nghệ, kể chuyện cho thiếu nhi được tổ chức trực "
                "tuyến, phát sóng trên Đài Phát thanh - Truyền hình tỉnh và các trang mạng xã hội của Tỉnh đoàn."
            ),
        ],
        "quote": None,
        "category": "van-hoa-xa-hoi",
        "tags": ["Trẻ em", "Tết Trung thu"],
        "source": "own",
        "source_name": "",
        "author": "Hoàng Thị Hải Yến",
        "photographer": "Minh Quang",
        "is_video": False,
        "date": "2021-09-19",
        "image_caption": "Đoàn viên thanh niên trao quà Trung thu cho trẻ em xã Cúc Phương, huyện Nho Quan",
    },
    {
        "slug": "dien-tap-phuong-an-chua-chay-va-cuu-nan-cuu-ho-tai-khu-dan-cu",
        "title": "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư",
        "lead": (
            "Ngày 24/9, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, Công an tỉnh Ninh Bình phối hợp với "
            "UBND phường Tân Thành, thành phố Ninh Bình tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại "
            "khu dân cư."
        ),
        "paragraphs": [
            (
                "Giả định tình huống cháy xảy ra tại một ngôi nhà ống kết hợp kinh doanh trên địa bàn phường, đám cháy "
                "lan rộng, có người mắc kẹt ở tầng trên. Ngay khi phát hiện, tổ liên gia an toàn phòng cháy, chữa cháy "
                "đã sử dụng bình chữa cháy tại chỗ, đồng thời báo tin cho lực lượng chuyên nghiệp qua số điện thoại "
                "114."
            ),
            (
                "Lực lượng Cảnh sát phòng cháy, chữa cháy nhanh chóng có mặt, triển khai các lăng phun dập tắt đám "
                "cháy, sử dụng thang chữa cháy và dây cứu người để đưa các nạn nhân ra ngoài an toàn. Cuộc diễn tập "
                "diễn ra đúng kịch bản, bảo đảm an toàn và các yêu cầu phòng, chống dịch Covid-19."
            ),
            (
                "Qua diễn tập, người dân được trang bị thêm kiến thức, kỹ năng thoát nạn và sử dụng các phương tiện "
                "chữa cháy tại chỗ. Lực lượng chức năng khuyến cáo các hộ gia đình kinh doanh kết hợp để ở cần bố trí "
                "lối thoát nạn thứ hai, trang bị bình chữa cháy, không để hàng hóa dễ cháy gần nguồn nhiệt."
            ),
        ],
        "quote": None,
        "category": "quoc-phong-an-ninh",
        "tags": ["Phòng cháy, chữa cháy", "Cứu nạn, cứu hộ"],
        "source": "collected",
        "source_name": "Đài PT-TH Ninh Bình",
        "author": "Bùi Văn Tâm",
        "photographer": "",
        "is_video": False,
        "date": "2021-09-24",
        "image_caption": "Lực lượng Cảnh sát PCCC và CNCH thực hành chữa cháy tại buổi diễn tập",
    },
    {
        "slug": "xay-dung-kich-ban-phuc-hoi-hoat-dong-du-lich-ninh-binh-sau-dich-covid-19",
        "title": "Xây dựng kịch bản phục hồi hoạt động du lịch Ninh Bình sau dịch Covid-19",
        "lead": (
            "Nhân Ngày Du lịch thế giới 27/9, ngành du lịch Ninh Bình đang khẩn trương hoàn thiện kịch bản phục hồi "
            "hoạt động du lịch, sẵn sàng đón khách ngay khi dịch Covid-19 được kiểm soát."
        ),
        "paragraphs": [
            (
                'Dịch bệnh kéo dài khiến hoạt động du lịch của tỉnh gần như "đóng băng" trong nhiều tháng. Trong 9 '
                "tháng đầu năm 2021, Ninh Bình chỉ đón khoảng 1,6 triệu lượt khách, bằng khoảng 40% so với cùng kỳ năm "
                "trước; nhiều cơ sở lưu trú, nhà hàng phải tạm dừng hoạt động, hàng nghìn lao động ngành du lịch bị "
                "mất việc làm hoặc giảm thu nhập."
            ),
            (
                "Theo kịch bản, việc mở cửa du lịch được thực hiện theo từng giai đoạn, trước hết đón khách nội tỉnh, "
                "sau đó mở rộng với khách từ các địa phương có cấp độ dịch thấp. Du khách cần tiêm đủ liều vắc-xin "
                "hoặc đã khỏi bệnh Covid-19, khai báo y tế đầy đủ. Các khu, điểm du lịch phải bảo đảm tiêu chí an toàn "
                "và được cấp có thẩm quyền xác nhận."
            ),
            (
                "Sở Du lịch cũng đề xuất UBND tỉnh xem xét gia hạn tổ chức các sự kiện của Năm Du lịch quốc gia sang "
                "năm 2022; đồng thời ưu tiên tiêm vắc-xin cho lao động ngành du lịch, hỗ trợ doanh nghiệp tiếp cận các "
                "gói tín dụng và đẩy mạnh quảng bá điểm đến an toàn trên các nền tảng số."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Phục hồi du lịch", "Năm Du lịch quốc gia 2021"],
        "source": "own",
        "source_name": "",
        "author": "Nguyễn Minh Hằng",
        "photographer": "",
        "is_video": False,
        "date": "2021-09-27",
        "image_caption": "Lái đò Tam Cốc vệ sinh thuyền chuẩn bị đón khách trở lại",
    },
    {
        "slug": "ubnd-tinh-trien-khai-nhiem-vu-trong-tam-3-thang-cuoi-nam-2021",
        "title": "UBND tỉnh triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2021",
        "lead": (
            "Ngày 30/9, UBND tỉnh họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm, thảo luận "
            "giải pháp thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2021 trong bối cảnh dịch Covid-19 diễn biến phức "
            "tạp."
        ),
        "paragraphs": [
            (
                "Báo cáo tại phiên họp cho thấy, trong 9 tháng đầu năm 2021, tổng sản phẩm trên địa bàn tỉnh ước tăng "
                "6,1% so với cùng kỳ. Sản xuất công nghiệp tiếp tục là điểm sáng với giá trị sản xuất tăng trên 10%. "
                "Sản xuất nông nghiệp được mùa, năng suất lúa vụ xuân đạt trên 66 tạ/ha. Tổng thu ngân sách nhà nước "
                "ước đạt trên 11.000 tỷ đồng."
            ),
            (
                "Bên cạnh những kết quả đạt được, hoạt động du lịch, vận tải, thương mại dịch vụ bị ảnh hưởng nghiêm "
                "trọng; tổng lượt khách du lịch chỉ bằng khoảng 40% so với cùng kỳ. Nhiều doanh nghiệp phải tạm dừng "
                "hoạt động, thu nhập của một bộ phận người lao động giảm sút, công tác giải ngân vốn đầu tư công chưa "
                "đạt kế hoạch."
            ),
            (
                "Chỉ đạo tại phiên họp, Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương chuyển từ trạng thái phòng, "
                "chống dịch chặt chẽ sang thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch bệnh. Cùng với đó, tập "
                "trung hỗ trợ doanh nghiệp khôi phục sản xuất, đẩy nhanh tiến độ các dự án trọng điểm, bảo đảm an sinh "
                "xã hội và chuẩn bị tốt các hoạt động kỷ niệm 30 năm tái lập tỉnh."
            ),
        ],
        "quote": None,
        "category": "thoi-su",
        "tags": ["UBND tỉnh", "Kinh tế - xã hội"],
        "source": "own",
        "source_name": "",
        "author": "Đinh Ngọc Lan",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-09-30",
        "image_caption": "Phiên họp UBND tỉnh đánh giá kết quả 9 tháng đầu năm 2021",
    },
    {
        "slug": "cong-thong-tin-dien-tu-tinh-dat-tren-2-trieu-luot-truy-cap-trong-9-thang-dau-nam",
        "title": "Cổng Thông tin điện tử tỉnh đạt trên 2 triệu lượt truy cập trong 9 tháng đầu năm 2021",
        "lead": (
            "Trong 9 tháng đầu năm 2021, Cổng Thông tin điện tử tỉnh Ninh Bình đã đăng tải gần 4.000 tin, bài, ảnh và "
            "thu hút trên 2 triệu lượt truy cập, khẳng định vai trò kênh thông tin chính thống của Ủy ban nhân dân "
            "tỉnh trên Internet."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Văn phòng UBND tỉnh, trong số gần 4.000 tin, bài được đăng tải, có gần 1.600 tin, "
                "bài do phóng viên, biên tập viên và cộng tác viên của Cổng trực tiếp thực hiện, khoảng 2.400 tin, bài "
                "sưu tầm và gần 100 video tư liệu. Hàng trăm tin, bài có lượt truy cập từ 5.000 lượt trở lên, tập "
                "trung vào chủ đề phòng, chống dịch Covid-19 và bầu cử."
            ),
            (
                'Trong năm, Cổng đã xây dựng mới 5 chuyên trang, chuyên mục gồm: "Hỗ trợ doanh nghiệp", "Năm Du lịch '
                'quốc gia 2021 - Hoa Lư, Cố đô ngàn năm", "Chào mừng bầu cử đại biểu Quốc hội và Hội đồng nhân dân các '
                'cấp", "Chuyển đổi số tỉnh Ninh Bình" và "Hỏi - Đáp". Chuyên mục "Hỏi - Đáp" đã tiếp nhận, hồi đáp 30 '
                "câu hỏi của độc giả qua chuyên mục và hộp thư điện tử của Ban Biên tập."
            ),
            (
                "Cổng cũng đã phối hợp với các sở, ngành, địa phương đăng tải 57 dự thảo văn bản quy phạm pháp luật để "
                "lấy ý kiến góp ý của tổ chức, cá nhân; cập nhật khoảng 2.500 văn bản chỉ đạo, điều hành của UBND "
                "tỉnh; cung cấp đầy đủ thông tin và dịch vụ công trực tuyến theo yêu cầu của Nghị định 43/2011/NĐ-CP "
                "của Chính phủ."
            ),
            (
                "Trong 3 tháng cuối năm, Ban Biên tập sẽ tiếp tục phối hợp với nhà cung cấp dịch vụ nâng cấp giao diện "
                "trên máy tính và thiết bị di động, tăng cường các sản phẩm video phỏng vấn lãnh đạo tỉnh, thông tin "
                "kịp thời các sự kiện lớn, trong đó có kỷ niệm 30 năm tái lập tỉnh Ninh Bình (1/4/1992 - 1/4/2022), "
                "đáp ứng yêu cầu chuyển đổi số của tỉnh."
            ),
        ],
        "quote": (
            (
                "Cổng Thông tin điện tử phải thực sự là kênh thông tin chính thống, cầu nối tin cậy giữa chính quyền "
                "với người dân và doanh nghiệp trong tiến trình chuyển đổi số."
            ),
            "Chánh Văn phòng UBND tỉnh Ninh Bình",
        ),
        "category": "chuyen-doi-so",
        "tags": ["Cổng Thông tin điện tử", "Chuyển đổi số"],
        "source": "own",
        "source_name": "",
        "author": "Ngô Quang Minh",
        "photographer": "",
        "is_video": False,
        "date": "2021-10-08",
        "image_caption": "Ban Biên tập Cổng Thông tin điện tử tỉnh biên tập tin, bài",
    },
    {
        "slug": "dai-bieu-quoc-hoi-tinh-tiep-xuc-cu-tri-truoc-ky-hop-thu-2-quoc-hoi-khoa-xv",
        "title": "Đại biểu Quốc hội tỉnh tiếp xúc cử tri trước Kỳ họp thứ 2, Quốc hội khóa XV",
        "lead": (
            "Trong hai ngày 11 và 12/10, Đoàn đại biểu Quốc hội tỉnh Ninh Bình đã tiếp xúc cử tri tại các huyện Yên "
            "Mô, Kim Sơn và thành phố Tam Điệp để thông báo dự kiến nội dung Kỳ họp thứ 2, Quốc hội khóa XV."
        ),
        "paragraphs": [
            (
                "Tại các buổi tiếp xúc, đại diện Đoàn đại biểu Quốc hội tỉnh đã thông báo với cử tri dự kiến chương "
                "trình kỳ họp, trong đó Quốc hội sẽ xem xét, thông qua nhiều dự án luật, nghị quyết quan trọng, đánh "
                "giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2021 và quyết định kế hoạch năm 2022, "
                "cùng nhiều nội dung về công tác phòng, chống dịch Covid-19."
            ),
            (
                "Cử tri các địa phương bày tỏ sự đồng tình với các chủ trương, giải pháp của Đảng, Nhà nước trong "
                "phòng, chống dịch. Cử tri kiến nghị tiếp tục có chính sách hỗ trợ người lao động, hộ kinh doanh bị "
                "ảnh hưởng bởi dịch; quan tâm đầu tư hạ tầng giao thông nông thôn, nâng cấp hệ thống thủy lợi vùng ven "
                "biển Kim Sơn và có cơ chế hỗ trợ nông dân tiêu thụ nông sản."
            ),
            (
                "Các kiến nghị thuộc thẩm quyền của địa phương đã được lãnh đạo các huyện, thành phố tiếp thu, giải "
                "trình ngay tại hội nghị. Những ý kiến thuộc thẩm quyền của Trung ương được Đoàn đại biểu Quốc hội "
                "tỉnh ghi nhận, tổng hợp để gửi tới các cơ quan chức năng và phản ánh tại kỳ họp."
            ),
        ],
        "quote": None,
        "category": "thoi-su",
        "tags": ["Quốc hội", "Tiếp xúc cử tri"],
        "source": "collected",
        "source_name": "Cổng TTĐT Quốc hội",
        "author": "Vũ Thanh Hương",
        "photographer": "",
        "is_video": False,
        "date": "2021-10-12",
        "image_caption": "Cử tri huyện Yên Mô phát biểu tại buổi tiếp xúc với Đoàn đại biểu Quốc hội tỉnh",
    },
    {
        "slug": "lanh-dao-tinh-gap-mat-doanh-nhan-nhan-ngay-doanh-nhan-viet-nam-13-10",
        "title": "Lãnh đạo tỉnh gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam 13/10",
        "lead": (
            "Nhân kỷ niệm 17 năm Ngày Doanh nhân Việt Nam (13/10/2004 - 13/10/2021), lãnh đạo tỉnh Ninh Bình đã gặp "
            "mặt, chúc mừng đại diện các doanh nghiệp, doanh nhân tiêu biểu trên địa bàn tỉnh."
        ),
        "paragraphs": [
            (
                "Hiện nay, tỉnh Ninh Bình có trên 6.000 doanh nghiệp đang hoạt động, đóng góp trên 60% tổng thu ngân "
                "sách nhà nước của tỉnh và tạo việc làm cho hàng chục nghìn lao động. Trong 9 tháng đầu năm 2021, dù "
                "chịu tác động nặng nề của dịch Covid-19, toàn tỉnh vẫn có gần 600 doanh nghiệp thành lập mới."
            ),
            (
                "Tại buổi gặp mặt, lãnh đạo tỉnh ghi nhận, biểu dương tinh thần vượt khó, trách nhiệm xã hội của cộng "
                "đồng doanh nghiệp, nhất là sự chung tay ủng hộ Quỹ vắc-xin, hỗ trợ các khu cách ly và người dân gặp "
                "khó khăn do dịch bệnh. Nhiều doanh nghiệp đã chủ động chuyển đổi mô hình kinh doanh, ứng dụng công "
                "nghệ số để thích ứng với tình hình mới."
            ),
            (
                "Đại diện Hiệp hội Doanh nghiệp tỉnh kiến nghị tỉnh tiếp tục đẩy mạnh cải cách hành chính, sớm triển "
                "khai các gói hỗ trợ theo Nghị quyết 105/NQ-CP của Chính phủ; tạo điều kiện cho doanh nghiệp tiếp cận "
                "vắc-xin cho người lao động. Lãnh đạo tỉnh khẳng định sẽ tiếp thu, chỉ đạo các ngành giải quyết kịp "
                "thời các kiến nghị."
            ),
        ],
        "quote": None,
        "category": "ho-tro-doanh-nghiep",
        "tags": ["Ngày Doanh nhân Việt Nam", "Hiệp hội Doanh nghiệp"],
        "source": "own",
        "source_name": "",
        "author": "Đinh Ngọc Lan",
        "photographer": "Hoàng Hiếu",
        "is_video": False,
        "date": "2021-10-13",
        "image_caption": "Lãnh đạo tỉnh tặng hoa chúc mừng đại diện các doanh nhân tiêu biểu",
    },
    {
        "slug": "ninh-binh-trien-khai-thich-ung-an-toan-linh-hoat-kiem-soat-hieu-qua-dich-covid",
        "title": "Ninh Bình triển khai thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19",
        "lead": (
            'Thực hiện Nghị quyết 128/NQ-CP của Chính phủ, UBND tỉnh Ninh Bình ban hành kế hoạch tạm thời "Thích ứng '
            'an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19", từng bước khôi phục các hoạt động kinh tế - xã hội.'
        ),
        "paragraphs": [
            (
                "Theo kế hoạch, việc đánh giá cấp độ dịch được thực hiện ở quy mô cấp xã, dựa trên các tiêu chí về tỷ "
                "lệ ca mắc mới trong cộng đồng, tỷ lệ bao phủ vắc-xin và năng lực thu dung, điều trị. Tương ứng với "
                "từng cấp độ, các hoạt động sản xuất, kinh doanh, giáo dục, du lịch và đi lại của người dân được điều "
                "chỉnh phù hợp."
            ),
            (
                "Người dân đi lại giữa các địa phương trong tỉnh không phải xuất trình giấy xét nghiệm nếu địa phương "
                "đó ở cấp độ 1 và cấp độ 2. Các cơ sở kinh doanh, khu du lịch được phép hoạt động trở lại nhưng phải "
                "xây dựng phương án phòng dịch, bố trí quét mã QR và yêu cầu khách hàng khai báo y tế qua ứng dụng "
                "PC-Covid."
            ),
            (
                "UBND tỉnh yêu cầu ngành y tế tiếp tục đẩy nhanh tiến độ tiêm vắc-xin, chuẩn bị sẵn sàng các phương án "
                "thu dung, điều trị theo mô hình tháp 3 tầng, tăng cường quản lý, chăm sóc người nhiễm Covid-19 tại "
                "nhà. Các địa phương không được tùy tiện ban hành thêm các thủ tục gây cản trở việc đi lại, lưu thông "
                "hàng hóa."
            ),
        ],
        "quote": None,
        "category": "phong-chong-covid-19",
        "tags": ["Covid-19", "Thích ứng an toàn", "Nghị quyết 128"],
        "source": "own",
        "source_name": "",
        "author": "Trần Hoàng Anh",
        "photographer": "",
        "is_video": False,
        "date": "2021-10-20",
        "image_caption": "Hành khách quét mã QR khi lên xe khách tại bến xe Ninh Bình",
    },
    {
        "slug": "ho-tro-doanh-nghiep-nho-va-vua-chuyen-doi-so-de-vuot-kho",
        "title": "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số để vượt khó",
        "lead": (
            "Ngày 26/10, Sở Kế hoạch và Đầu tư Ninh Bình phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức hội thảo giới "
            "thiệu các giải pháp chuyển đổi số cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh."
        ),
        "paragraphs": [
            (
                "Tại hội thảo, các chuyên gia đã giới thiệu Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, "
                "trong đó doanh nghiệp được sử dụng miễn phí hoặc được hỗ trợ chi phí sử dụng các nền tảng số về kế "
                "toán, hóa đơn điện tử, quản trị nhân sự, quản lý bán hàng và thương mại điện tử trong một thời gian "
                "nhất định."
            ),
            (
                "Nhiều doanh nghiệp chia sẻ, dịch Covid-19 đã buộc doanh nghiệp phải thay đổi phương thức kinh doanh, "
                "đưa sản phẩm lên các sàn thương mại điện tử, bán hàng qua mạng xã hội. Tuy nhiên, khó khăn lớn nhất "
                "là thiếu nhân lực có kỹ năng số và chưa có lộ trình chuyển đổi số phù hợp với quy mô doanh nghiệp."
            ),
            (
                "Đại diện Sở Kế hoạch và Đầu tư cho biết, tỉnh sẽ tiếp tục đồng hành, kết nối doanh nghiệp với các nhà "
                "cung cấp giải pháp uy tín, tổ chức các lớp đào tạo ngắn hạn về chuyển đổi số cho chủ doanh nghiệp, hộ "
                "kinh doanh, giúp doanh nghiệp nâng cao năng lực cạnh tranh và phục hồi sản xuất sau dịch."
            ),
        ],
        "quote": None,
        "category": "chuyen-doi-so",
        "tags": ["Chuyển đổi số", "Doanh nghiệp nhỏ và vừa"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Lã Văn Thiện",
        "photographer": "",
        "is_video": False,
        "date": "2021-10-26",
        "image_caption": "Các đại biểu dự hội thảo chuyển đổi số cho doanh nghiệp nhỏ và vừa",
    },
    {
        "slug": "ninh-binh-mo-cua-don-khach-du-lich-noi-dia-da-tiem-du-lieu-vac-xin",
        "title": "Ninh Bình mở cửa đón khách du lịch nội địa đã tiêm đủ liều vắc-xin",
        "lead": (
            "Từ ngày 15/11, tỉnh Ninh Bình chính thức mở cửa đón khách du lịch nội địa đã tiêm đủ liều vắc-xin phòng "
            "Covid-19 hoặc đã khỏi bệnh, đánh dấu bước khởi động lại hoạt động du lịch sau nhiều tháng tạm dừng."
        ),
        "paragraphs": [
            (
                "Theo hướng dẫn của UBND tỉnh, khách du lịch đến Ninh Bình không phải cách ly nếu đáp ứng các điều "
                "kiện về tiêm chủng và khai báo y tế qua ứng dụng PC-Covid. Các khu du lịch Tràng An, Tam Cốc - Bích "
                "Động, chùa Bái Đính, Khu di tích Cố đô Hoa Lư đều đã được thẩm định, đủ điều kiện đón khách an toàn."
            ),
            (
                "Ngay trong những ngày đầu mở cửa, nhiều doanh nghiệp lữ hành tại Hà Nội đã đưa các đoàn khách đầu "
                "tiên về Ninh Bình. Các cơ sở lưu trú tung ra gói ưu đãi hấp dẫn, giảm giá phòng và miễn phí dịch vụ "
                "đưa đón khách. Nhiều lái đò, hướng dẫn viên vui mừng khi được trở lại với công việc sau thời gian dài "
                "nghỉ."
            ),
            (
                "Lãnh đạo Sở Du lịch Ninh Bình cho biết, tỉnh sẽ tiếp tục theo dõi sát diễn biến dịch bệnh để điều "
                "chỉnh phương án phù hợp, không để hoạt động du lịch trở thành nguồn lây nhiễm. Các sự kiện của Năm Du "
                "lịch quốc gia dự kiến tiếp tục được tổ chức trong năm 2022."
            ),
        ],
        "quote": None,
        "category": "du-lich",
        "tags": ["Phục hồi du lịch", "Tràng An"],
        "source": "collected",
        "source_name": "Cổng TTĐT Chính phủ",
        "author": "Lê Hồng Nhung",
        "photographer": "",
        "is_video": False,
        "date": "2021-11-15",
        "image_caption": "Du khách quét mã QR trước khi xuống thuyền tại bến Tràng An",
    },
    {
        "slug": "ky-niem-77-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam",
        "title": "Kỷ niệm 77 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        "lead": (
            "Nhân kỷ niệm 77 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2021) và 32 năm Ngày "
            "hội Quốc phòng toàn dân, đoàn lãnh đạo tỉnh Ninh Bình đã đến thăm, chúc mừng Bộ Chỉ huy Quân sự tỉnh và "
            "các đơn vị lực lượng vũ trang."
        ),
        "paragraphs": [
            (
                "Năm 2021, lực lượng vũ trang tỉnh đã hoàn thành tốt nhiệm vụ quân sự, quốc phòng địa phương; duy trì "
                "nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành 100% chỉ tiêu giao quân; tổ chức thành công các "
                "cuộc diễn tập khu vực phòng thủ và diễn tập chiến đấu phòng thủ cấp xã. Công tác giáo dục quốc phòng "
                "và an ninh được triển khai đúng đối tượng."
            ),
            (
                "Đặc biệt, trong công tác phòng, chống dịch Covid-19, lực lượng vũ trang tỉnh đã huy động hàng nghìn "
                "lượt cán bộ, chiến sĩ, dân quân tham gia quản lý các khu cách ly tập trung, phục vụ hàng chục nghìn "
                "công dân, trong đó có nhiều công dân trở về từ các tỉnh phía Nam, góp phần quan trọng vào kết quả "
                "kiểm soát dịch bệnh của tỉnh."
            ),
            (
                "Thay mặt lãnh đạo tỉnh, đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương những kết quả mà lực lượng vũ "
                "trang tỉnh đạt được, đề nghị tiếp tục làm tốt công tác tham mưu cho cấp ủy, chính quyền về quốc "
                "phòng, quân sự địa phương; xây dựng lực lượng vũ trang vững mạnh toàn diện, xứng đáng với truyền "
                'thống "Bộ đội Cụ Hồ".'
            ),
        ],
        "quote": None,
        "category": "quoc-phong-an-ninh",
        "tags": ["Quân đội nhân dân", "Quốc phòng toàn dân"],
        "source": "collected",
        "source_name": "Báo Ninh Bình",
        "author": "Đỗ Mạnh Cường",
        "photographer": "Mạnh Cường",
        "is_video": False,
        "date": "2021-12-20",
        "image_caption": "Lãnh đạo tỉnh tặng hoa chúc mừng Bộ Chỉ huy Quân sự tỉnh",
    },
]
